from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE TABLE IF NOT EXISTS "library_sections" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(32) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "item_count" INT NOT NULL,
    "synced_at" TIMESTAMPTZ,
    "synced_until" BIGINT NOT NULL
);
        CREATE TABLE IF NOT EXISTS "media_items" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "rating_key" VARCHAR(32) NOT NULL UNIQUE,
    "section_key" VARCHAR(32) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "parent_key" VARCHAR(32),
    "grandparent_key" VARCHAR(32),
    "title" VARCHAR(500) NOT NULL,
    "sort_title" VARCHAR(500) NOT NULL,
    "year" INT,
    "index" INT,
    "parent_index" INT,
    "summary" TEXT NOT NULL,
    "genres" JSONB NOT NULL,
    "rating" DOUBLE PRECISION,
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
    "updated_at" BIGINT NOT NULL,
    "digest" VARCHAR(32) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_media_items_section_8fabfc" ON "media_items" ("section_key");
CREATE INDEX IF NOT EXISTS "idx_media_items_parent__f92166" ON "media_items" ("parent_key");
CREATE INDEX IF NOT EXISTS "idx_media_items_tmdb_id_51af33" ON "media_items" ("tmdb_id");
CREATE INDEX IF NOT EXISTS "idx_media_items_added_a_cb4949" ON "media_items" ("added_at");
CREATE INDEX IF NOT EXISTS "idx_media_items_section_71fd2c" ON "media_items" ("section_key", "type", "sort_title");
CREATE INDEX IF NOT EXISTS "idx_media_items_type_2611f1" ON "media_items" ("type", "added_at");
COMMENT ON COLUMN "media_items"."type" IS 'MOVIE: movie\nSHOW: show\nSEASON: season\nEPISODE: episode';
        CREATE INDEX IF NOT EXISTS "search_media_items_title_trgm" ON "media_items" USING gin ("title" gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS "search_media_items_title_fts" ON "media_items" USING gin (to_tsvector('simple', "title"));"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "media_items";
        DROP TABLE IF EXISTS "library_sections";"""


MODELS_STATE = (
    "eJztXWtv2zgW/SuEP3WBtEidJu0EiwXcxG09k9jdOJkOpikE2qJtTmRKQ1FJjNn+9yX1sN"
    "6K6Ei2rPBL4FA8epzLx+XhJflPZ2nqyLDf3NiIdk7BPx0Cl4j/iKUfgA60rDBVJDA4MdyM"
    "Ds/hpsCJzSicMp44g4aNeJKO7CnFFsMm4anEMQyRaE55RkzmYZJD8N8O0pg5R2zhvsj3Hz"
    "wZEx09Ijv417rTZhgZeuw9sS6e7aZrbGW5aR/xfEDYJzeveOBEm5qGsyRhfmvFFiZZAzBh"
    "InWOCKKQIfEERh3xBeIF/S8NPsp72TCL95YRjI5m0DFY5IsnWpjW0bTh6Fob9681rSPB0d"
    "Qkgl/+qrZLwFy8wutfut2jo/fdw6OTD8fv3r8//nD4ged13zd96f1P72VCtrxbuZwNPg+G"
    "1+KFTG5Ez7Qi4aeLgQx6KNcYIfuWgR41WRNEQE/bIWA9Ygif5pdnh5B3Uenc3ynizxaQZt"
    "MexSR45x9UgveGVYAlfNQMROZswf99e3xYQOrvvauzL72rVzzXv+LUDv1LXe9anGW0hNiQ"
    "oXgN2IjfZLkOsoT8hu3q1gnuHr8rQTDPlUuwey1OsI5ty4ArTbYoJ3HVFOdG8V1LgYb3vC"
    "GnmkOlSnUc1b6ifXxYhmqeK5dq91qcamoaOUW6T5ylS/SAvxMkU5QiPMBur1i7nUNHju1O"
    "7/xyMDwFUF9icktuxv2rU7C+j2xxPylT2k/yC/tJ0gDY1swH4r1NwjcxOb+Q5PiHEViC/w"
    "nH1WWAdUoNpb3I2xiNLsSdl7b9t+G5HwnfY3hz+bHPqXeZ55kwy3FJOHHc+cf3GaX+KcJD"
    "3BYZD3yVvSXcQnSJbZu/m52m/NfxaJjjfcdhCcZ1PGXgf8DAdhlPfLO25t8zh0wFp2DiYI"
    "NhYr8Rz/uPZPtThTkETTFzBC3Kq8veH8nG5uxi9NGlzLTZnLp3cW/wMdn0I06GzWyNU609"
    "IHSXNk/u2CgTW8koadddrjdO6r599/7dh6OTd+vh0TqlaFSULv06b6UNE+oeUzpcSZCciV"
    "Ukp0meUiS+XYMsze45v8LwEmVTHEcmGxkf+ib4sY/eOv9AfUSMlV8KCni9Hlz2x9e9y6+x"
    "lua8d90XV7pu6iqR+irp6qxvAr4Nrr8A8S/4czTsJxukdb7rPzvinaDDTI2YDxrUIyP0ID"
    "VgLWZ1A9pMsxEiG9g9ia3A8g2rY3ti6ICTlKWFkjq7i6h5ImECp3cPkOpa7Epk4GhhjZl3"
    "KMvV+OhjP/12hQzo0pk2vC8n9yx8LW6zhxX+Z1DUg9Sw4oc82SjPIZNhaezdpbUk4TnRMN"
    "EMTO6eyxS/1YBc8Bu1lSysI8Iww+iZTImJnIF3r1VbufrLnDyTpV/Nyd72SGluRMtuds28"
    "tj59adldJlMggXP3k8SzxZOSLXnGpGG0lc+fOIz3KU/OHnZ6gHvrtkmgAVwYmJkUeDlsAI"
    "kO2AJT/bUFKVuBqYF5WbcPgM1MinQAeRawgPbiTVKdqvK+ah6z0fNn+fOYshMQbZ54KKWG"
    "vy1Qw9+m1XCLohl+lGE4RLSR48rVbrfl0kRDJENyHNW6SeGTMlOWJ/kzliepCUt7alpZnl"
    "i+3BoilNJaudKq9Kn8mtBefQo9WpjfbQOrx5FKm2qaNpVSIR17o9qdxCpLN9nSFN1zP2QT"
    "O8eRyspNtrKIDJEOFY2ANpqfa1yvvLXRbkrmj1sibYZPJkV4Tn5Dq1RwUr6iuIcmyFPLeD"
    "KFD2tlJlr0+LfzL0ZeIMZZb3zWO+93fubPm9Spu3010KOnencylLfI1YMi7c0NwfZ1+JLy"
    "24ggIG4Pvg6GQEBfYwIgY2hpsQMwMR2hlJmALRCYUPOBs8d/QwZ4MaK8cADM0tJbRfesWH"
    "a7uRmcS4hujoP1NwJTz2g5MohznyT+vNvFCM4drB15XUi0c3A//YllApjIrxJYY1TLv/E6"
    "AUHilFd/KeUtgmmh9la9KOQ3TdLqWxKnyC5BNrZkKPZybzGOuq52uXZhk0HmZAib5QLWQ/"
    "QWqbYQ0QVlcox3vvaH54Ph51Pg42/J+ObsrN8/75+fAtuZThHSkX5LPvUGFyJpBrGB9KTr"
    "shuVX7yLQ6Va8wikfSs3jrolGD7q5jIsLsUZXiLb5o63DMMRSAsZLjUbeFQwG3iUng1Usn"
    "0++0q234JsX8Lq25y13BMjl5ftLdMwNhfuY2gl6jbZ2jsRdRtmzxeo6TbMAnsu6Qbh3hl6"
    "biQSPF/MjQadN2cTFqWiVq2iqhivrUghOrrHU7ntKNaI1ilN3VLjv27B+K+bHv+57TBvC0"
    "mGf1i8f02Iah3TtexCodTSWpoIJWDkU99eAaNh62KbZvk9sXSpca3Sql6ClVXg4Uuwsgo8"
    "fJkiVdNMsO8qVbjUPkuoii3EL9Cqkmv/myNYqdW2VTYDB0rIUqPUxrbFLR6lqqHLC3FqN6"
    "nYak3c/thXDVrUoGXnJtjzQUts16uc402iu2IVH3OixTfjKrNlUbCoyUeuwIyaSwAJGFmI"
    "DM7BmUkImjJgUfOe56EHQIyMkLvsCYJLpGM4RDZz99XO2rqo8vtnDKq+dwK0yGA7k7/4HT"
    "s/1FirKa3XQcFYK2q60iuAIpgWLkqpZU47qBYSNEcgbWT5+LgMy8fHBQeGHKsTWYoIruFE"
    "FqUZ5LPfXs1AjTbUaKMJJtjz0YbYPTZjkOFvKps/tgj2ra11LuR7ZJXmAkHKJry9Fq01z/"
    "e9455541PK//5Q3nwjvfk7/vEy7k+Qvy7/sk3TJXz4bEiF/a4BbfTeaxkj7d8ic57VQYHp"
    "S68x/+9N/0asHffQt+TqZjh015xTh5DSa85vyVlveNa/cJOmghOjMSvRLWoK/zPDmJ8ME+"
    "Zt6RIBJWw4E6i6rHj45rBehyWL1vPRzceLPvh61T8bjAf+5qdrp9+96Mpp6xO+rvq9C7Ua"
    "ffsx8ohSM8PnvkaPOcV4DWgDwUWj2P4f17EBbGrL3nV5vhgNPwfZk/v4JhoOuBJHb6X5Lj"
    "ixLoQ0Yw9l8djW7KHML4n3l7BHiHiWOfanItTCu7/NXUYPmjuWikK2J7nU1XdWfVid6Ck2"
    "IDUJ2x6xR3tCrOd6av7RlChLACg64DULrk7WlTjo9cGkdzn6bL4fGAO1wVHZwiklavIjn/"
    "32Tn4g4g3TN4mYjENVSF2TQ+r8TYM3MHMcqazcZCvHpjYk7ZzEKks32dIzTLC92KhCJ6DK"
    "zk22s2PpG3plcaTyyhps9tRZrtEJ6fKzzVGU2luuopgUl9SMiR61uVw0JiVa9GJBKfwFwP"
    "Dm4mJnC3envKdzDHTlZG8xF7l8ULh018+oUafsmSHfFogABKcLccQuNnU8BQzad0DshgIo"
    "JAfAFmHovNXwD/QInkGBbiIbEJNnQxb3yABmgP81eQFLh8HX95hnLDHe7ZGyDVrYWqFUkx"
    "8Y4+6vwwvmplvzhNAWugn76xZ43mCqb9pNQ9pzdMz6hNHMpUSRq4XNKBT5NMOcl2pCnxPx"
    "p2L4GhnDB93ZZJmuIUSoOL4ScXyQ8irhcSRBcgLWwpi+6k/L8DmTm5mKgdo3M1XD+VJoZm"
    "Yd+pIfoREiVITGMyI0Zixr3JtP+xqgWH8pZ7pvtePcT7WvzBws93BMebUvilJqX0Vqn0uq"
    "UvueUPuiRa9Zah+iYjP6MWLM+86MMyViOQ6Kj5Zw82q2l3mHO/YpOW0dA18qBL4gAv4pLU"
    "1ckHF7gvwqOLtyZ8hG3KnJCmfNX50QgbRhcLXt9Qlqtrlt/mfebHNDVOULPKGQrsZoynIO"
    "gUrkKOywDS8v77DdzGqL3RcqMt+hlYy35GdvnbNUg+SpVonXvEpcWrhvr2Jf/bptzNCSc+"
    "dkHb2V3zTHQGrlWXKBjr0i080Cy6NAFYXaHAcxY/WAZypeB7I2oCtybJLI1tSfXeiUu/HR"
    "3X1SB7wV7GS45+HFQs98KbJpoindyl5Pnv+v+Y5d0EfaJmWa55H8ENs+Bem8InjtkNr4qZ"
    "n+PGeLv6Qm6dbHUcq7f9K7T1SbsjwnYO2L0qlhHJXr5T+9E9Q+ePydy9Hvg/4pWJr3GN2S"
    "8ZfRt1NgL8wH/rvfG4+G/D8EbZPckv7XwXh0zvMiC9u84+g0YqRgQYoIk60JcVRNAnSb6s"
    "GcQqJvxnUGtA2Kv1JwtjqbWMOOWhEvU6YTjaEU1+W4XiGYEa2R65UH2VsULlOZjON+hows"
    "FuRXZKbJ9PslWU6TMEVthtzoLJeQZrgKBUEBIWSLm6d2aiJ02zEBnByKMoIw8kNiQkQzgm"
    "LE81oTFOOpGmlzFOw8G0I23He2YU1KAeVV7DvLn8ZEM5zHdL4Tl0aqIcnTQxLdEXxxlpYZ"
    "rUyRyJoAtqi33IreGinxC8yRshOjCVSL6K/MWTEQnEnzGgcpWtO03mP0IE1rHKRoTdPKFs"
    "5yIqUNBYAWdnOl5IqjArniKC1XQCp1RJ6fXZFbily25PfLmqfNbREiiJqagx1M1VYnCOXx"
    "mV9gcS6hLSi03XLRfgXBfqkSey9dYu/rLrF73YGtAzmkhhFRVF3hSW2N2Si3dKTwIMWihS"
    "PqLMXyBtDxHNlS/kWIaIEsWodK0ZAAvB6ieLroZG275F05KNxyKczTmKUwLyVu7pk9W35E"
    "3D2ituQ+ShFIC6eXazlwW1QqCYb97C1kt54DJzy1XGZmKQLZ/tTSbmY0KptE2mln9vP/iK"
    "VPaQ=="
)
