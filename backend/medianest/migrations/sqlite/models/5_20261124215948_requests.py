from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "media_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "media_type" VARCHAR(8) NOT NULL,
    "tmdb_id" INT NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "year" INT,
    "poster_path" VARCHAR(200),
    "seasons" JSON NOT NULL,
    "is4k" INT NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "status" VARCHAR(24) NOT NULL /* QUEUED: queued\nPENDING: pending\nAPPROVED: approved\nDECLINED: declined\nPROCESSING: processing\nPARTIALLY_AVAILABLE: partially_available\nAVAILABLE: available\nFAILED: failed */,
    "decline_reason" VARCHAR(500),
    "error" VARCHAR(500),
    "overseerr_id" BIGINT UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_media_reque_user_id_3cf2c1" ON "media_requests" ("user_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_media_reque_tmdb_id_bac6d8" ON "media_requests" ("tmdb_id", "media_type");
        CREATE TABLE IF NOT EXISTS "overseerr_accounts" (
    "overseerr_id" BIGINT NOT NULL,
    "user_id" BIGINT NOT NULL PRIMARY KEY REFERENCES "users" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "overseerr_accounts";
        DROP TABLE IF EXISTS "media_requests";"""


MODELS_STATE = (
    "eJztXW1z2zYS/iscferNuJlYfknqubkZRWJStYrkWnbaa5zhQCJkoaZAlgRta3r57wfwRX"
    "wFTcikRNH4knFALEU+CwK7zy4W/3RWpg4N582NA+3OhfJPB4MVpH8k2o+UDrCsqJU1EDAz"
    "vI4u7eG1gJlDbDAntHEBDAfSJh06cxtZBJmYtmLXMFijOacdEb6LmlyM/nahRsw7SJbeg3"
    "z9RpsR1uETdML/WvfaAkFDTzwn0tlve+0aWVte2wd0N8Tko9eX/eBMm5uGu8JRf2tNlibe"
    "CCBMWOsdxNAGBLJfILbL3oA9YPCm4Uv5Dxt18Z8yJqPDBXANEnvjmRa1dTRtPLnWpuq1pn"
    "UEMJqbmOFLH9XxALhjj/DjT93uycm77tuT8/dnp+/enb1/+5729Z43e+ndd/9hIrT8W3mY"
    "DT8Nx9fsgUyqRF+1rOG7JwMI8KU8ZUToWwZ80kRVEBN6Xg8h6jFFBDC/Pj1EuLOPzvs7A3"
    "x/Cex82OMyKdzpC5XAvWEfwAo8aQbEd2RJ/3t89rYA1C+9q/7PvasfaK9/JaEdB5e6/rUk"
    "ynAFkCEC8UZgK3zT4zrsEuEbzas7B7h7dloCYNqLC7B3LQmwjhzLAGtNdCin5aoZzo3Cu5"
    "YBDR7oRG5rri00qpNS7RvaZ2/LQE17caH2riWhtk2DM6RV7K48oIf0mQCewwzgoezuhrW3"
    "OHTE0O70Bp+H4wsF6CuEb/HNVL26UDb3ER3u52VG+zl/sJ+nFYAczXzE/tOkbBOT4gswxz"
    "6MiaXwn1G5uhSwaalhtBdZG5PJiN155Th/G775kbI9xjefP6gUeg952gkRjklCgaPGP3rI"
    "GfXPAR7J7RDx0FY5WMAtaK+Q49Bnc7KQ/zKdjDnWd1IshbiO5kT5n2Igp4wlvt1c8++Fi+"
    "cMU2XmIoMg7Lxhv/cfwfmnCnUwmBLqCGeUHz73/khPNv3R5IMHmemQO9u7i3eDD+mpH1Iw"
    "HOJoFGrtEcL7rHq4vlGubCVe0r6XXN9P6h6fvjt9f3J+unGPNi1FXlF29Ot0ljZMoPtI6W"
    "AtAHKurAQ5C/LchuzdNUCy6A7oFYJWMB/ipGR6kglE34R/HKK1Tl9Qn2BjHYyCAlyvh5/V"
    "6XXv82Viphn0rlV2peu1rlOtP6RNnc1NlN+H1z8r7L/Kn5Oxmp6QNv2u/+ywZwIuMTVsPm"
    "pAj3noYWuIWkLrBnCI5kCIt9B7WrYCzTfsGzsQRYeYZDTNmNTFfYzNYw0zML9/BLauJa7E"
    "HEcLacS8h3mmxodA9uOvV9AAHpxZxQd0cs9C1+w2B/jBfw+HetgaffgRTg7kGWQiKE39u7"
    "QWJHSHNYQ1A+H7lyJFbzXEI3qjtoKFdIgJIgi+ECkWyBn691q3Fau/zNkLUfrFnB3silSM"
    "zQrqCGihe/EylD6ze135t2rTWGIrodk1eWtj8lIErfkAbWry2LYG5nPTxTlGU4juBMNrk/"
    "7zPMaT8Ka96J4tGZYM1FV3lYJ5BTC4856S3Y4Jp22GnPB03J7gh6iT1suzcepOT6F+oWNi"
    "YCiemLIwbcXv4SgA6wpZIlv/0QI2WStzA9FZ1TlSHGLaUFcA7aIsgbN8k+ZBq7yvjJg3Ol"
    "LLj5iLhrraHOIqFXc5Loi7HGfjLpYNF+hJBOFIoo0YVx5X8WYujU1EIiAnpVqXfnBeJjh+"
    "zo+Nn2dC487ctPJsfj6xH0lITr9yTl8yofwvob1MKHyyEL3bFlpPSkoWtGksaIbvdp2tvu"
    "60rNR0kzVtwwdqh2yj56Sk1HKTtcxykISTkmNCW0WCG7cq78zbzQSUkprIquGjaUN0h3+F"
    "60waHJ+7PkAV8Agw2myDxw0zEx969N3pG0M/5affm/Z7A7XznR+hE2IsBXm3SwM++fGVTg"
    "7zFrt6VMS9ecn+QcSnJP02wVBht1cuh2OFif6IsAIIgSuLHCkz02VMmamQJVRmtvlI0aN/"
    "A6LQYWTTwaEgkqXeKrpnxbTbzc1wIEC6uS7S3zCZerzlmBPn/RL753QfHpznrJ34S0h8cf"
    "Be/ZkNKQiL70fZyMiZf+sdKQzEOf38hZi3mEwLubfqSaFgahJm39JyEuwSYCNLBGK/9w4z"
    "9uual2snNgkgbg6xWW5rRCS9Q6gtiHUGmRjinUt1PBiOP10ogfwtnt70+6o6UAcXiuPO5x"
    "DqUL/FH3vDEWtaAGRAPW267IflZ8/i2kKzeUykfXuETrolED7pchFml5IIr6DjUMNbBOGY"
    "SAsRLhUNPCmIBp5ko4GStuejL2n7HdD2JbS+y6jlgSi5PG1vmYaxPXGfkJakbpO1vRdSt2"
    "H6fIWcbsM0cOCUbrixIIfPje054JO58e0NzSn3I1nUqllUmeO1EypEhw9oLlb4ZCPROqap"
    "W8r/6xb4f92s/+fNw3QuzMvJL66UFEm1Dula6p1ItrSWKUISGHzo20tgNGwHdtM0fyCaLu"
    "XXSq7qNWhZJh6+Bi3LxMPXSVI1TQWHzlJFRR3yiKpEyYcCripdZaI5hJXcbVvlNHAkiSzp"
    "pTZ2Lm6xlypdl1di1G7zYcs9cYejX+m0SKdl7yo4cKclUV+Nc5BOvP5a8YE6WrLsW5mSRe"
    "GmpkByrSxsc6UArEwsiIcDpW9iDOdEsWzzgfaxjxTmGUFv2xNQvJJeY+gQr4J7Xumiyu+f"
    "41R97YTSrIPjzv6id+x8k75WU2avowJfK6660juAYjIt3JRSS0w7/CwEYI6JtBHls7MyKJ"
    "+dFRxNcybP/ikCuIazfyRnwEe/vZyB9Dakt9EEFRy4t8HqFOc4GUH5Yr5vEVZIrjUW8jW2"
    "S3MJgU1mdL5mszXt97Xjna4UQEr//Sat+UZa8/f05UXMn7B/XfZlm8Il1H02hNJ+NwJttN"
    "5r8ZEOb5M57erCUPWl95j/dqPesL3jvvQtvroZj70957aLcek957e43xv31ZHXNGeYGI3Z"
    "iW7ZJrM/c5T50TABr6RLTCilwwWTqkuLb9+8rddgyYN1MLn5MFKVyyu1P5wOg+KnG6Pfu+"
    "jRaZuz5K7U3kjuRt99jjy0bTPH5r6GT5xhvBFoA8BFXqz6x3XCgc2U7N2M59Fk/Cnsnq7j"
    "m5o4wJod8pbFu+BsxEikGTWU2c+2poYyvcSeX0AfkcSL1HE4H0ItuAdl7nJWUK4vFRfZHe"
    "VS19pZ9bGIbKXYAtS02O6APTkQYH3TMzylCOYRAEVHCeeJyzOcBY4UfjTtew4/y7cDE0Jt"
    "MFR2cEqJDH7w0W9v8ANi303fJmMyKSpT6pqcUhcUDd5CzUlJqeUmazkR2hDUc1pWarrJml"
    "4gjJzlVh90SlTqucl6di19S6ssKSmtsgarPXMybjwgXT7aHJeSteUqyknxQM0J9MjicvGc"
    "lPjQSySl0AdQxjej0d427s7pSuca8MrNLzEXu3xUuHU36KjZbtkzQ35fQqxAMF+yI3aRqa"
    "O5QoBzr7BqKIoN8JHisDR0OmsEB3qEv2ErugkdBZu0G7SoRaYgotB/TTrAsmnw9f3MC7YY"
    "7/dI2QZtbK2QquEnxnj1dejA3LY0TyTaQjPhcM0C3xrMrE37mUh7ro6Iiomdu5UodrVwGg"
    "Wsn2aYd6Wm0Jdk/Mkcvkbm8AEvmiyyNEQSMo+vRB4fsOkn4WMkAHJKrIU5fdWflhFgJhaZ"
    "Sgi1LzJVw/lScGHmHfrCz9CIJGSGxgsyNBYkz+/lw74RkKi/ljPdd7pwHibbVyYGSy0cU5"
    "zti0tJtq8its8DVbJ9z7B98aHXLLYP2qwY/RQS4r9nzpkSiR5HxUdLeH01x++8x4p9kk7b"
    "5MCXSoEvyIB/jktjF0TMnrC/TM6u3BhyIDVq8tJZ+bsTYiJtcK52vT9BRpvbZn/yos0NYZ"
    "VHaGYDez2Fc8I5BCrVo3DBNvy+dMH2OssSu6+UZL6HaxFrKejeOmOpBspT7hKveZe4MHHf"
    "Xsa++n3biMAVxc7NO3qLPzUnhOTOs/QGHWeN59sllscFZRZqcwzEnN0DvqroN5BXgK7IsE"
    "lLtub72QdPuR8b3auTOqSzYCfHPI8uFlrmK9ZNY1PpTmo9+fa/Fhh24RrpmDbRfIvkGyv7"
    "RD+Azfwjyz411pqnaNGH1ASN+qSUtO2fte1TH01ZnFNi7cvRqcGL4tr4z9eBOgR7v/N58m"
    "WoXigr8wHBWzz9efL7heIszUf6t9qbTsb0fxA4Jr7F6uVwOhnQvtBCDl02Oo3wEyxgQ0xE"
    "v4SkVE30c5u+gzsbYH07rHNE28D3S/5mp7HEGuppxWxMkUU0ISWxLof1GoKcXA2uVR52b1"
    "GyTGUkjvcaIqRY2F+CmQUzWJdEMU2LSWhzyEZ3tQJ2jqlQkBIQieywdGqnJkB3nRFAwbFh"
    "TgoGPyEmkmhGSgz7vdakxPisRlYdBXVnI5Etq842bEopgLyKqrP01wibhnlI8424rKR0SZ"
    "53SXSX4UVRWuXMMkUka0qwRavlTvjW2IhfIiopGhZNSbUI/sqMFQOChTCuSSEJaxbWBwQf"
    "hWFNCklYs7CSpbuaCXFDoUALl7lSdMVJAV1xkqUrgC10QF7QXYJbClyyovfLi9NyZ4SYRE"
    "3TwR5CtdURQjw8+QMWcQFtwaDtlsv1K0j1y4zYB+ER+1D3iD3oBSyezlHejYhLyZP8tnYi"
    "inaOFJ6jWLRvRCqgWAFNSRAzMWLbZvPSw4JLR4XJYX4nuV3jlSZ47Xd3675ni/r3FOjIsQ"
    "yw1kRxTsu10aqrAe4723QtYbCTUi2IVO0Aact0UH45MX6QNSbSmlz0Cqk1B83yUlcKz7iJ"
    "Se3waJtwnTzYk214B4Ly91LwzgCV7h/7slm6d14QiT8XRBIS0DyXjm280rqnS6F4c1JMxp"
    "xLxJy9IrxbHtuRlpUb6Zq8kU4W2OBPX7LARn3czBSsLO+1eQxN0OGoBE+jOV7fGuiar5uf"
    "8AkWOta/SQrnECicpN7KayEpJ+nfrfl38QWltQvJ4S4cWXth1z5i03QpncQGAtoU04bVFL"
    "jyD1bOtWzi14sNG686QXBG8y4KFLjO5rSkWN1mryhBLC3FfyxvuMnaBA21eyIVZbTA5/qT"
    "Ui0MY70vwfW/5zL97/ef3NU4eKtO9pQbgWtOSJSbU6sz2qhRTddLC5AcJrqgHkNSTEavS8"
    "VU/cocQjv+YiJyy1/Cs6xiyx9yTu8FA7KhyA6jsZuWgw3HYpOIZSEF/VuXqlFPXQwOkVGu"
    "6hGX1agTbdrVhbog5p3fbtQbdXCh+NK3+FIdD4bjTxeKBbFOlXCLe5eXV5MvrA/1SG3zgf"
    "UaqP3RcMzadDg3EPYkryZ9dTr1hW1zDh3Hk7/sXV0Pe6PRf7Xel95w1PswUmkHYBMEDGOt"
    "gQeAvBenvxRdj7V+pI3slxa0JXg/0YWnzClfXf4pX93MKV/BW1MfnC0lIp9hVrJ9C30tXy"
    "S07byjbvhIbwQkwKUApl+27UCKmvhB7inJSpyCV8PWHOppajLa/nzQpMxxajLHom1a5+VY"
    "JCsDzVaIbKf3tKzMoWqOonO+7yh4IrDPLBJqEyG839MSXSfviNi6Dktsmgq+h2PsmdMSY0"
    "MvcVhivzft9wbqvs5KnIRGZm/u18XICaFm+hwVhVEjsxX43fe4o68Zk8Srsbn5EdI9e0FN"
    "mzQOZHPwc3P8BMNrk/5T8wy/1++nnvn9RXN2D9povsybqYMrhfMziPo0Zpf1a8lTeWEwlD"
    "+/skkydwskn8iLibQwmt89OyvDTp+d8elpdi2VXks/KgGEg+4tRPe4FFN6XMCUHmeZ0qBy"
    "pkjMOSay+5jzfhz1yqLLe83f/P5/zcgsSg=="
)
