from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "library_sections" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(32) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "item_count" INT NOT NULL,
    "synced_at" TIMESTAMP,
    "synced_until" BIGINT NOT NULL
);
        CREATE TABLE IF NOT EXISTS "media_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rating_key" VARCHAR(32) NOT NULL UNIQUE,
    "section_key" VARCHAR(32) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* MOVIE: movie\nSHOW: show\nSEASON: season\nEPISODE: episode */,
    "parent_key" VARCHAR(32),
    "grandparent_key" VARCHAR(32),
    "title" VARCHAR(500) NOT NULL,
    "sort_title" VARCHAR(500) NOT NULL,
    "year" INT,
    "index" INT,
    "parent_index" INT,
    "summary" TEXT NOT NULL,
    "genres" JSON NOT NULL,
    "rating" REAL,
    "content_rating" VARCHAR(32),
    "duration_ms" BIGINT,
    "child_count" INT,
    "leaf_count" INT,
    "view_count" INT,
    "thumb" VARCHAR(300),
    "art" VARCHAR(300),
    "tmdb_id" INT,
    "imdb_id" VARCHAR(20),
    "tvdb_id" INT,
    "added_at" BIGINT NOT NULL,
    "updated_at" BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_media_items_section_8fabfc" ON "media_items" ("section_key");
CREATE INDEX IF NOT EXISTS "idx_media_items_parent__f92166" ON "media_items" ("parent_key");
CREATE INDEX IF NOT EXISTS "idx_media_items_tmdb_id_51af33" ON "media_items" ("tmdb_id");
CREATE INDEX IF NOT EXISTS "idx_media_items_section_71fd2c" ON "media_items" ("section_key", "type", "sort_title");
CREATE INDEX IF NOT EXISTS "idx_media_items_added_a_0d710b" ON "media_items" ("added_at", "id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "media_items";
        DROP TABLE IF EXISTS "library_sections";"""


MODELS_STATE = (
    "eJztXWtv2zgW/SuEP3WBNEidRzvBYgE3cVvPJHY3TqaDaQqBtuiYE5nSUFQSY7b/fUk9rL"
    "ciOpItK/wSOBSPHudS1L2Hl+Q/nYWpI8Pev7ER7ZyCfzoELhD/ESvfAx1oWWGpKGBwYrgV"
    "HV7DLYETm1E4ZbxwBg0b8SId2VOKLYZNwkuJYxii0JzyipjchUUOwX87SGPmHWJz90a+/+"
    "DFmOjoCdnBv9a9NsPI0GP3iXVxbbdcY0vLLfuI7waEfXLrigtOtKlpOAsS1reWbG6SFQAT"
    "JkrvEEEUMiSuwKgjnkDcoP+kwUN5NxtW8e4ygtHRDDoGizzxRAvLOpo2HF1r4/61pnUkOJ"
    "qaRPDLb9V2CbgTt/D2l2738PB99+Dw5MPx0fv3xx8OPvC67v2mD73/6d1MyJZ3KpezwefB"
    "8FrckMmN6JlWFPx0MZBBD+UaI2TfMtCTJmuCCOh5OwSsRwzh0/z67BDyLl4693eK+LM5pN"
    "m0RzEJ3vkDleC9YS/AAj5pBiJ3bM7/fXd8UEDq772rsy+9qze81r/i1A79Q13vWJxltIDY"
    "kKF4BViL32S7DqqE/Ib96sYJ7h4flSCY18ol2D0WJ1jHtmXApSbblJO4appzo/iupUHDB9"
    "6RU82hUq06jmpf0z4+KEM1r5VLtXssTjU1jZwm3SfOwiV6wO8JkilKER5gN9es3Y9DR47t"
    "Tu/8cjA8BVBfYHJLbsb9q1OwOo9scz8p09pP8hv7SdIA2NbMR+LdTcI3MTm/kOT4hxFYgv"
    "8Jx9VlgFVJDa29yNsYjS7EmRe2/bfhuR8J32N4c/mxz6l3meeVMMtxSThx3PnHDxmt/jnC"
    "Q9wGGQ98lZ0l3EJ0gW2b35udpvzX8WiY433HYQnGdTxl4H/AwHYZT3y9vubfM4dMBadg4m"
    "CDYWLvi+v9R7L/qcIcgqaYOYIe5c1l749kZ3N2MfroUmba7I66Z3FP8DHZ9SNOhs1sjVOt"
    "PSJ0nzZPbmyUia0kStr2J9eLk7rvjt4ffTg8OVqFR6uSoqgo3fp13ksbJtQ9pnS4lCA5E6"
    "tITpM8pUg8uwZZmt1zfoThBcqmOI5MdjI+dD/4sYveOn9AfUSMpd8KCni9Hlz2x9e9y6+x"
    "nua8d90XR7pu6TJR+ibp6qxOAr4Nrr8A8S/4czTsJzukVb3rPzvinqDDTI2YjxrUIxF6UB"
    "qwFrO6AW2m2QiRNeyexFZg+Ya9Yzti6ICTlKWFkjq7j6h5omACp/ePkOpa7EgkcLSwxsx7"
    "lOVqfPSxn367QgZ06Uwb3peTexa+FqfZwRf+Z9DUg9LwxQ95slGeQybD0tg7S2tJwndEw0"
    "QzMLl/KVP8VANywU/UVrKwjgjDDKMXMiUGcgbeuZZt5eovc/JCln41Jzv7RUpzI3p2s2vm"
    "9fXpQ4vuIlkCCbxzH0lcW1wp2ZNnDBpGe/n8gcP4N+XZ0cNOD3Bv3TYJNIALAzOTAq+GDS"
    "DRAZtjqr+1IGVLMDUwb+v2HrCZSZEOIK8C5tCe7yfVqSrPq8YxGz1+lj+OKTsA0eaBh1Jq"
    "+LsCNfxdWg23KJrhJxmGQ0QbOa5c7XZ7Lk10RDIkx1GtGxQ+KTNkeZI/YnmSGrC0p6aV5Y"
    "nly60hQimtlSutSp/KfxPaq0+hJwvzs61h9ThSaVNN06ZSKqRjr/V2J7HK0k22NEUP3A9Z"
    "x85xpLJyk60sMkOkU0UjoLXG5xr3Vd5YtJuS+eOWSJvhk0kRviO/oWUqOSlfUdxBE+SpZb"
    "yYwseVMhNtevzZ+RMjLxHjrDc+6533Oz/zx03q1N2+GujJU707Gcpb5OhekfbmpmD7OnxJ"
    "+W1EEBCnB18HQyCgbzEBkDG0sNgemJiOUMpMwOYITKj5yNnjvyEDvBlR3jgAZmnpraJzVi"
    "y73dwMziVEN8fB+r7A1BMtR4I490riz9E2Ijg3WDv0PiHRj4P76M9ME8BEfpbACqN6/rXn"
    "CQgSp/z1l1LeIpgWam/Vi0J+1yStviVxiuwSZGNLhmKv9gbzqOvql2sXNhlkToawWS5hPU"
    "RvkGoLEV1QJsd452t/eD4Yfj4FPv6WjG/Ozvr98/75KbCd6RQhHem35FNvcCGKZhAbSE+6"
    "LttR+cW9OFSqN49A2jdz47BbguHDbi7D4lCc4QWybe54yzAcgbSQ4VKjgYcFo4GH6dFAJd"
    "vns69k+w3I9iWsvslRyx0xcnnZ3jINY33hPoZWom6Trb0VUbdh9nyFmm7DLLDjkm6Q7p2h"
    "50YywfPF3GjSeXMWYVEqatUqqsrx2ogUoqMHPJVbjmKFaJ3S1C0V/3UL4r9uOv5z+2HeF5"
    "IM/7B4/ZoQ1Tqma1mFQqmltXQRSsDIp769AkbD5sU2zfI7YulSca3Sql6DlVXi4Wuwsko8"
    "fJ0iVdNMsOsqVTjVPkuoik3EL9CqknP/myNYqdm2VXYDe0rIUlFqY/viFkepKnR5JU7tOi"
    "+2mhO3O/ZVQYsKWrZugh0PWmKrXuVsbxJdFat4mxMtvhhXmSWLgklNPnIJZtRcAEjAyEJk"
    "cA7OTELQlAGLmg+8Dt0DIjJC7rQnCC6RjuEQ2cxdVztr6aLKz58RVH3vBGhRwXYmf/Ezdn"
    "6oWKspvddeQawVNV3pGUARTAsnpdQyph28FhI0RyBtZPn4uAzLx8cFG4Ycqx1ZigiuYUcW"
    "pRnks99ezUBFGyraaIIJdjzaEKvHZgQZ/qKy+bFFsG5trWMh3yOzNOcIUjbh/bXorXm97x"
    "13zxufUv73h/LmG+nN3/OHl3F/gvp1+ZdtGi7h4bMhlfa7ArTRe68lRtq9Sea8qoMC05ee"
    "Y/7fm/6NmDvuoW/J1c1w6M45pw4hpeec35Kz3vCsf+EWTQUnRmNmolvUFP5nhjE/GSbMW9"
    "IlAkrYcCZQdVnxYP+gXocli9bz0c3Hiz74etU/G4wH/uKnK6ffPejKaasdvq76vQs1G33z"
    "OfKIUjPD575GTznNeAVoA8FFUWz/j+tYAJtasnfVni9Gw89B9eQ6vomOAy7F1ltpvgt2rA"
    "shzVhDWVy2NWso80Pi/iXsESJeZI7deRFq4d1f5i7jC5obS0Uhm5Nc6vp2Vr1ZnfhSrEFq"
    "ErY5Yg93hFjP9dT8rSlRlgBQtMFrFlztrCux0eujSe9z9Nl8PzAGaoOjsoFdStTgRz777R"
    "38QMQL09fJmIxDVUpdk1Pq/EWD1zBzHKms3GQrx4Y2JO2cxCpLN9nSM0ywPV/rhU5AlZ2b"
    "bGfH0tf0yuJI5ZU12OypvVyjA9LlR5ujKLW2XEU5KS6pGQM9anG5aE5KtOnFklL4DYDhzc"
    "XF1ibuTvmXzjHQlZO9xFzk8F7h1F2/okadsnuGfJsjAhCczsUWu9jU8RQwaN8DsRoKoJDs"
    "AVukofNew9/QI7gGBbqJbEBMXg1Z3CMDmAH+1+QNLJ0GX99lXjDFeLtbyjZoYmuFUk1+Yo"
    "y7vg5vmOsuzRNCW+gm7K5b4HmDqW/TdjrSnqNj1ieMZk4lihwt7EahqKcZ5l2pLvQlGX8q"
    "h6+ROXzQHU2W+TSECJXHVyKPD1L+SngcSZCcgLUwp6/63TJ8zuRGpmKg9o1M1bC/FJqZWZ"
    "u+5GdohAiVofGCDI0Zy4p782lfARTrr2VP941+OHdT7SszBss9HFNe7YuilNpXkdrnkqrU"
    "vmfUvmjTa5bah6hYjH6MGPOeM2NPiViNveKtJdy6mu1V3uKKfUpOW+XAl0qBL8iAf05LEw"
    "dk3J6gvkrOrtwZshF3arLSWfNnJ0QgbQiuNj0/QY02t83/zBttboiqfIEnFNLlGE1ZziZQ"
    "iRqFH2zDq8s/2G5ltcTuKxWZ79FSxlvyq7fOWapB8lSzxGueJS4t3LdXsa9+3jZmaMG5c7"
    "K23srvmmMgNfMsOUHHXpLpeonlUaDKQm2Og5gxe8AzFX8HshagK3JsksjWvD/b0Cm346O7"
    "66QOeC/YyXDPw4OFnvlCVNNEV7qRtZ48/1/zHbvgG2mblGmeR/JDLPvEX4BV/6OWfWqsN8"
    "/Z4jepSTr1cZTy7Z/17RMvTVmeE7D25ejUEEXl+vjPrwO1C/5+53L0+6B/ChbmA0a3ZPxl"
    "9O0U2HPzkf/u98ajIf8PQdskt6T/dTAenfO6yMI2/2x0GhEnWJAiwmTfhDiqJvm5Te/BHY"
    "VEX4/rDGgb9H6l32x0LLGG9bQiPqbMRzSGUlyX43qJYEauRq5XHlRvUbJMZSKO+xgyolhQ"
    "X5GZJtP/LslymoQpajPERmexgDTDVShICQghG1w6tVMToZvOCODkUJSRgpGfEBMimpESI6"
    "7XmpQYT9VIm6Ng3dkQsuaqsw3rUgoor2LVWX41JrrhPKbznbg0UoUkz4ckuiP44iwtMnqZ"
    "IpE1AWzR13Ijemukxc8xR8oOiyZQLaK/MmfFQHAmzWscpGhN0/qA0aM0rXGQojVNK5s7i4"
    "mUNhQAWviZKyVXHBbIFYdpuQJSqQ3y/OqK3FLksgU/X9Y4bW6PEEHU1B1sYai2OkEoj8/8"
    "BotzCW1Bo+2Wy/UrSPVLtdgH6Rb7UHeL3ekPWDSdo3wYEUWpnfzWDiKKZo4U7qNYNG9EGa"
    "DYAA1JEOshiqfzTtayQN6RvcIlgcI6jZmq8Voyu17Y9+bnbD0gakuu8xOBtHAAtJYNocVL"
    "JcGwX72F7NazIYKn58qMfUQgmx/82I7mXtkwx1Y/Zj//DyoJ4B4="
)
