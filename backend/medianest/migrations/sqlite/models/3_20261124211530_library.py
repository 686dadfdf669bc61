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
CREATE INDEX IF NOT EXISTS "idx_media_items_added_a_cb4949" ON "media_items" ("added_at");
CREATE INDEX IF NOT EXISTS "idx_media_items_section_71fd2c" ON "media_items" ("section_key", "type", "sort_title");
CREATE INDEX IF NOT EXISTS "idx_media_items_type_2611f1" ON "media_items" ("type", "added_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "media_items";
        DROP TABLE IF EXISTS "library_sections";"""


MODELS_STATE = (
    "eJztXWtv2zgW/SuEP3WBNEidRzvBYgE3cVvPJHY3TqaDaQqBtuiYE5nSUFQSY7b/fUk9rL"
    "ciOpItK/wSOBSPHufycXl4Sf7TWZg6Muz9GxvRzin4p0PgAvEfsfQ90IGWFaaKBAYnhpvR"
    "4TncFDixGYVTxhNn0LART9KRPaXYYtgkPJU4hiESzSnPiMldmOQQ/LeDNGbeITZ3X+T7D5"
    "6MiY6ekB38a91rM4wMPfaeWBfPdtM1trTctI/4bkDYJzeveOBEm5qGsyBhfmvJ5iZZATBh"
    "IvUOEUQhQ+IJjDriC8QL+l8afJT3smEW7y0jGB3NoGOwyBdPtDCto2nD0bU27l9rWkeCo6"
    "lJBL/8VW2XgDvxCm9/6XYPD993Dw5PPhwfvX9//OHgA8/rvm/60vuf3suEbHm3cjkbfB4M"
    "r8ULmdyInmlFwk8XAxn0UK4xQvYtAz1psiaIgJ63Q8B6xBA+za/PDiHvotK5v1PEn80hza"
    "Y9iknwzj+oBO8NqwAL+KQZiNyxOf/33fFBAam/967OvvSu3vBc/4pTO/Qvdb1rcZbRAmJD"
    "huIVYC1+k+U6yBLyG7arGye4e3xUgmCeK5dg91qcYB3blgGXmmxRTuKqKc6N4ruWAg0feE"
    "NONYdKleo4qn1F+/igDNU8Vy7V7rU41dQ0cop0nzgLl+gBfydIpihFeIDdXLF2O4eOHNud"
    "3vnlYHgKoL7A5JbcjPtXp2B1H9niflKmtJ/kF/aTpAGwrZmPxHubhG9icn4hyfEPI7AE/x"
    "OOq8sAq5QaSnuRtzEaXYg7L2z7b8NzPxK+x/Dm8mOfU+8yzzNhluOScOK4848fMkr9c4SH"
    "uA0yHvgqO0u4hegC2zZ/NztN+a/j0TDH+47DEozreMrA/4CB7TKe+Hptzb9nDpkKTsHEwQ"
    "bDxN4Xz/uPZPtThTkETTFzBC3Km8veH8nG5uxi9NGlzLTZHXXv4t7gY7LpR5wMm9kap1p7"
    "ROg+bZ7csVEmtpJR0ra7XG+c1H139P7ow+HJ0Wp4tEopGhWlS7/OW2nDhLrHlA6XEiRnYh"
    "XJaZKnFIlv1yBLs3vOrzC8QNkUx5HJRsaH7gc/dtFb5x+oj4ix9EtBAa/Xg8v++Lp3+TXW"
    "0pz3rvviStdNXSZS3yRdndVNwLfB9Rcg/gV/job9ZIO0ynf9Z0e8E3SYqRHzUYN6ZIQepA"
    "asxaxuQJtpNkJkDbsnsRVYvmF1bEcMHXCSsrRQUmf3ETVPJEzg9P4RUl2LXYkMHC2sMfMe"
    "ZbkaH33sp9+ukAFdOtOG9+XknoWvxW12sML/DIp6kBpW/JAnG+U5ZDIsjb27tJYkfEc0TD"
    "QDk/uXMsVvNSAX/EZtJQvriDDMMHohU2IiZ+Dda9lWrv4yJy9k6VdzsrM9Upob0bKbXTOv"
    "rU9fWnQXyRRI4J37SeLZ4knJljxj0jDayudPHMb7lGdnDzs9wL112yTQAC4MzEwKvBw2gE"
    "QHbI6p/taClC3B1MC8rNt7wGYmRTqAPAuYQ3u+n1Snqryvmsds9PxZ/jym7AREmyceSqnh"
    "7wrU8HdpNdyiaIafZBgOEW3kuHK12225NNEQyZAcR7VuUvikzJTlSf6M5UlqwtKemlaWJ5"
    "Yvt4YIpbRWrrQqfSq/JrRXn0JPFuZ3W8PqcaTSppqmTaVUSMdeq3YnscrSTbY0RQ/cD1nH"
    "znGksnKTrSwiQ6RDRSOgtebnGtcrb2y0m5L545ZIm+GTSRG+I7+hZSo4KV9R3EET5KllPJ"
    "nCx5UyEy16/Nv5FyMvEOOsNz7rnfc7P/PnTerU3b4a6MlTvTsZylvk6l6R9uaGYPs6fEn5"
    "bUQQELcHXwdDIKBvMQGQMbSw2B6YmI5QykzA5ghMqPnI2eO/IQO8GFFeOABmaemtontWLL"
    "vd3AzOJUQ3x8H6vsDUM1qODOLcJ4k/R9sYwbmDtUOvC4l2Du6nP7NMABP5VQIrjGr5114n"
    "IEic8uovpbxFMC3U3qoXhfymSVp9S+IU2SXIxpYMxV7uDcZR19Uu1y5sMsicDGGzXMB6iN"
    "4g1RYiuqBMjvHO1/7wfDD8fAp8/C0Z35yd9fvn/fNTYDvTKUI60m/Jp97gQiTNIDaQnnRd"
    "tqPyi3dxqFRrHoG0b+XGYbcEw4fdXIbFpTjDC2Tb3PGWYTgCaSHDpWYDDwtmAw/Ts4FKts"
    "9nX8n2G5DtS1h9k7OWO2Lk8rK9ZRrG+sJ9DK1E3SZbeyuibsPs+Qo13YZZYMcl3SDcO0PP"
    "jUSC54u50aDz5mzColTUqlVUFeO1ESlERw94KrcdxQrROqWpW2r81y0Y/3XT4z+3HeZtIc"
    "nwD4v3rwlRrWO6ll0olFpaSxOhBIx86tsrYDRsXWzTLL8jli41rlVa1Wuwsgo8fA1WVoGH"
    "r1OkapoJdl2lCpfaZwlVsYX4BVpVcu1/cwQrtdq2ymZgTwlZapTa2La4xaNUNXR5JU7tOh"
    "VbrYnbHfuqQYsatGzdBDs+aIntepVzvEl0V6ziY060+GZcZbYsChY1+cglmFFzASABIwuR"
    "wTk4MwlBUwYsaj7wPHQPiJERcpc9QXCJdAyHyGbuvtpZWxdVfv+MQdX3ToAWGWxn8he/Y+"
    "eHGms1pfXaKxhrRU1XegVQBNPCRSm1zGkH1UKC5gikjSwfH5dh+fi44MCQY3UiSxHBNZzI"
    "ojSDfPbbqxmo0YYabTTBBDs+2hC7x2YMMvxNZfPHFsG+tbXOhXyPrNKcI0jZhLfXorXm+b"
    "533DNvfEr53x/Km2+kN3/PP17G/Qny1+Vftmm6hA+fDamw3xWgjd57LWOk3VtkzrM6KDB9"
    "6TXm/73p34i14x76llzdDIfumnPqEFJ6zfktOesNz/oXbtJUcGI0ZiW6RU3hf2YY85Nhwr"
    "wtXSKghA1nAlWXFQ/2D+p1WLJoPR/dfLzog69X/bPBeOBvfrpy+t2Lrpy2OuHrqt+7UKvR"
    "Nx8jjyg1M3zua/SUU4xXgDYQXDSK7f9xHRvAprbsXZXni9Hwc5A9uY9vouGAS3H0Vprvgh"
    "PrQkgz9lAWj23NHsr8knh/CXuEiBeZY3cqQi28+9vcZfSguWOpKGRzkktdfWfVh9WJnmIN"
    "UpOwzRF7uCPEeq6n5h9NibIEgKIDXrPg6mRdiYNeH016n6PP5vuBMVAbHJUNnFKiJj/y2W"
    "/v5Aci3jB9nYjJOFSF1DU5pM7fNHgNM8eRyspNtnJsakPSzkmssnSTLT3DBNvztSp0Aqrs"
    "3GQ7O5a+plcWRyqvrMFmT53lGp2QLj/bHEWpveUqiklxSc2Y6FGby0VjUqJFLxaUwl8ADG"
    "8uLra2cHfKezrHQFdO9hZzkct7hUt3/YwadcqeGfJtjghAcDoXR+xiU8dTwKB9D8RuKIBC"
    "sgdsEYbOWw3/QI/gGRToJrIBMXk2ZHGPDGAG+F+TF7B0GHx9j3nBEuPtHinboIWtFUo1+Y"
    "Ex7v46vGCuuzVPCG2hm7C7boHnDab6pu00pD1Hx6xPGM1cShS5WtiMQpFPM8y7Uk3oSyL+"
    "VAxfI2P4oDubLNM1hAgVx1cijg9SXiU8jiRITsBaGNNX/WkZPmdyM1MxUPtmpmo4XwrNzK"
    "xDX/IjNEKEitB4QYTGjGWNe/NpXwEU66/lTPeNdpy7qfaVmYPlHo4pr/ZFUUrtq0jtc0lV"
    "at8zal+06DVL7UNUbEY/Rox535lxpkQsx17x0RJuXs32Mm9xxz4lp61i4EuFwBdEwD+npY"
    "kLMm5PkF8FZ1fuDNmIOzVZ4az5qxMikDYMrja9PkHNNrfN/8ybbW6IqnyBJxTS5RhNWc4h"
    "UIkchR224eXlHbabWW2x+0pF5nu0lPGW/Oytc5ZqkDzVKvGaV4lLC/ftVeyrX7eNGVpw7p"
    "yso7fym+YYSK08Sy7QsZdkul5geRSoolCb4yBmrB7wTMXrQNYGdEWOTRLZmvqzDZ1yOz66"
    "u0/qgLeCnQz3PLxY6JkvRDZNNKUb2evJ8/8137EL+kjbpEzzPJIfYtunIJ1XBK8dUhs/Nd"
    "Of52zxl9Qk3fo4Snn3z3r3iWpTlucErH1ROjWMo3K9/Od3gtoFj79zOfp90D8FC/MBo1sy"
    "/jL6dgrsufnIf/d749GQ/4egbZJb0v86GI/OeV5kYZt3HJ1GjBQsSBFhsjUhjqpJgG5TPb"
    "ijkOjrcZ0BbYPirxScjc4m1rCjVsTLlOlEYyjFdTmulwhmRGvkeuVB9haFy1Qm47ifISOL"
    "BfkVmWky/X5JltMkTFGbITc6iwWkGa5CQVBACNng5qmdmgjddEwAJ4eijCCM/JCYENGMoB"
    "jxvNYExXiqRtocBTvPhpA1951tWJNSQHkV+87ypzHRDOcxne/EpZFqSPL8kER3BF+cpUVG"
    "K1MksiaALeotN6K3Rkr8HHOk7MRoAtUi+itzVgwEZ9K8xkGK1jStDxg9StMaByla07Syub"
    "OYSGlDAaCF3VwpueKwQK44TMsVkEodkednV+SWIpct+P2y5mlzW4QIoqbmYAtTtdUJQnl8"
    "5hdYnEtoCwptt1y0X0GwX6rEPkiX2Ie6S+xOd2CrQA6pYUQUVVd4UltjNsotHSk8SLFo4Y"
    "g6S7HYAA2JEOshiqfzTta+QN6VvcI9gcI8jVmr8VoCu17Y9OaHbD0gaktu9BOBtHD+s5YT"
    "oUWlkmDYz95Cdus5EcGTc2WmPiKQzc99bEdyr2yWY6ud2c//A41v4Mg="
)
