from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "downloads" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "parent_id" BIGINT,
    "kind" VARCHAR(16) NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "site" VARCHAR(64) NOT NULL,
    "video_id" VARCHAR(200),
    "media_key" VARCHAR(255),
    "folder" VARCHAR(300) NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "channel" VARCHAR(300),
    "description" TEXT,
    "duration_s" INT,
    "thumbnail_url" VARCHAR(2000),
    "quality" VARCHAR(8) NOT NULL,
    "container" VARCHAR(8) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "phase" VARCHAR(16) NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL,
    "downloaded_bytes" BIGINT NOT NULL,
    "total_bytes" BIGINT,
    "speed_bps" DOUBLE PRECISION,
    "eta_s" INT,
    "entry_count" INT NOT NULL,
    "completed_count" INT NOT NULL,
    "attempts" INT NOT NULL,
    "error_code" VARCHAR(20),
    "error_message" VARCHAR(1000),
    "file_path" VARCHAR(1000),
    "file_size" BIGINT,
    "decline_reason" VARCHAR(500),
    "removed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "decided_by_id" BIGINT REFERENCES "users" ("id") ON DELETE SET NULL,
    "job_id" BIGINT REFERENCES "jobs" ("id") ON DELETE SET NULL,
    "owner_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_downloads_parent__b677cc" ON "downloads" ("parent_id");
CREATE INDEX IF NOT EXISTS "idx_downloads_media_k_5d6863" ON "downloads" ("media_key");
CREATE INDEX IF NOT EXISTS "idx_downloads_owner_i_853dac" ON "downloads" ("owner_id", "id");
CREATE INDEX IF NOT EXISTS "idx_downloads_status_e744eb" ON "downloads" ("status", "id");
CREATE INDEX IF NOT EXISTS "idx_downloads_owner_i_a6aebc" ON "downloads" ("owner_id", "created_at");
COMMENT ON COLUMN "downloads"."kind" IS 'VIDEO: video\nPLAYLIST: playlist';
COMMENT ON COLUMN "downloads"."quality" IS 'BEST: best\nP1080: p1080\nP720: p720\nP480: p480\nAUDIO: audio';
COMMENT ON COLUMN "downloads"."container" IS 'MP4: mp4\nMKV: mkv\nWEBM: webm\nMP3: mp3\nM4A: m4a';
COMMENT ON COLUMN "downloads"."status" IS 'PENDING_APPROVAL: pending_approval\nQUEUED: queued\nRUNNING: running\nCOMPLETED: completed\nFAILED: failed\nCANCELLED: cancelled\nDECLINED: declined';
COMMENT ON COLUMN "downloads"."phase" IS 'WAITING: waiting\nEXTRACTING: extracting\nDOWNLOADING: downloading\nPROCESSING: processing\nMOVING: moving\nSCANNING: scanning\nDONE: done';
COMMENT ON COLUMN "downloads"."error_code" IS 'UNAVAILABLE: unavailable\nRESTRICTED: restricted\nBOT_BLOCKED: bot_blocked\nNETWORK: network\nTOO_LARGE: too_large\nTOO_LONG: too_long\nSITE_NOT_ALLOWED: site_not_allowed\nUNSUPPORTED: unsupported\nSTALLED: stalled\nSTORAGE: storage\nINTERNAL: internal';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "downloads";"""


MODELS_STATE = (
    "eJztXelz27gV/1c4+rSd8WZs+Ujq6XSGlpisNrLkSnLSNs5wIBG2sKZALg87apv/vQAP8Q"
    "RNyCJF0fiSyCAej98DwXe//3ZWhgZ1+92tDa3OpfTfDgYrSH4kxo+kDjDNaJQOOGCuexNd"
    "MsMbAXPbscDCIYP3QLchGdKgvbCQ6SADk1Hs6jodNBZkIsIP0ZCL0Z8uVB3jATpL70a+fS"
    "fDCGvwB7TDP81H9R5BXUvcJ9Lotb1x1Vmb3tgVehhg56M3l15wri4M3V3haL65dpYG3hAg"
    "7NDRB4ihBRxIr+BYLn0CeoPBk4YP5d9sNMW/yxiNBu+BqzuxJ56r0VhHVUfjmTpVZqra4c"
    "BoYWCKL7lV2wPggd7Cr3/tdk9P33ePTy8+nJ+9f3/+4fgDmevdb/bQ+5/+zURo+afyMBt8"
    "Goxm9IYMwkSftXTgp0cDHOBTecyI0Dd1+EPlZUGM6GU+hKjHGBHA/Pb4EOFOXzrvdwb43h"
    "JY+bDHaVK4kwcqgXvDXoAV+KHqED84S/LnyflxAahf5EnvN3nyC5n1lyS0o+BQ1z+WRBmu"
    "ANJ5IN4QbIVvel2HUyJ8o321doC752clACazmAB7x5IAa8g2dbBWeZdymm43y7lReFeyoM"
    "ET2cgt1bW4VnWSqn1L+/y4DNRkFhNq71gSasvQGUtawe7KA3pA7gngBcwAHtLWt6y9j0OH"
    "D+2O3L8ejC4loK0QvsO3U2VyKW3Ow7vcL8qs9gv2Yr9IMwDZqvGM/btJySYGwRdghnwYI0"
    "vhPyd0VTFgM1LBai+SNsbjIT3zyrb/1H3xIyV7jG6vrxQCvYc8mYQchkhCgCPCP3rKWfUv"
    "AR7R1Yh4KKscLOAmtFbItsm92VnIf5+ORwzpO0mWQlxDC0f6n6Qju4wkvt1e87d7Fy8opt"
    "LcRbqDsP2OXu/vnPvPLthBYUqwI9xRfrmW/5nebHrD8ZUHmWE7D5Z3Fu8EV+mtHxIwbMdW"
    "CdTqM4SPWfYwdaNc2p1oSfv+5Pp6Uvfk7P3Zh9OLs416tBkp0oqyq18ju7RuAM1HSgNrDp"
    "BzaQXIWZAXFqTPrgIni26fHHHQCuZDnKRMbzIB6bvwxyFK6+QBtTHW18EqKMB1NrhWpjP5"
    "+iax0/TlmUKPdL3RdWr0l7SoszmJ9HUw+02if0r/Ho+U9Ia0mTf7d4feE3AdQ8XGswq0mI"
    "YejoaoJbiuA9tRbQjxFnxP0+6A8w17xw6E0SEmGU5TS+r9Y8yaRwfmYPH4DCxNTRyJKY4m"
    "Uh3jEeaJGlcB7cfPE6gDD84s4wNzsmyiGT3NAb7wP8OlHo5GL36Ekw1ZAhkPSlP/LK0FCT"
    "1gFWFVR/jxtUiRUw3wkJyorWAhDWIHOQi+EinqyBn451q3Fas/jPkrUfrdmB/sF6kYmxXU"
    "EFBD9eJ1KF3Tc038U7V1LWlwQV49Td3oCq+DrB+cpqWrq36UDmZRUfHK6BosgSt5KELUeI"
    "IWkaMtSwWLheHiHEk8RHaM4cwg/7yM7zg8qRydsyWrkYK66q5SMK8ABg/eXdLTUeK0IJoT"
    "8xAXUtlxD0mR+MXgh44smQR8AwNd8sike8OS/Bm2BLAmOUtkab+awHLW0kJH5FNtH0m2Y1"
    "hQkwCZIi2BvXyXNq7v8rwiDKPR7n92GAav/7TNftNSzryTAmfeSdaZZ1rwHv3gQTiiaCPG"
    "O3fWeTuXSjciHpCTVK2LabkoE3FxwQ64uMjEW9gLw8xTJNneoohCOIp27igS5nX2m9Be8z"
    "r8YSJyti24nqQUpvWmmdYzThTX3urtTtMKTjeZ0xZ8InLINnxOUgouN5nLNLCNO9I9RrRV"
    "eEHjvsq1absZL2WSE1k2fDQsiB7wZ7jOxFayHSIHyAKWAYwMW+B5Y5mJLz3y7OSJoR9H1p"
    "OnPbmvdH6y3b5cFktOu9uNDn/4TrtOjuUtdvSoyPbmZZAEbsSS5rcxhhI9vXQzGEmU9FeE"
    "JeA4cGU6R9LccKmlzJCcJZTmlvFM0CO/gSORZWSRxSEhJ2t629E5d2x2u70d9DmMbq6LtH"
    "eUphptOabEeVei/5ztQ4PzlLVT/xMS/zh4j/5ClhPC/ElOGxqx82+d5kRBXJDXn8vyFqNp"
    "oe1t90ahYGvitr6l6QTYJcBGJg/E/uwa00Cq2pcrN2w6wHFzDJvl8m0i6hqhNiHWKGR8iH"
    "dulFF/MPp0KQX0d3h62+spSl/pX0q2u1hAqEHtDn+UB0M6dA+QDrW06LIfKz+9F9fi2s1j"
    "JO1LPDvtlkD4tMtEmB5KIryCtk0Ebx6EYyQtRLiUN/C0wBt4mvUGCrM9G31htq/BbF+C63"
    "V6LQ+EyeXN9qah69sb7hPUwqjbZG7vxajbMH6+QZtuwzhw4CbdMFslx54bS2RhG3PjOTPN"
    "qSElrKi7tqKKGK9aTCEafEILvmo6G4rWWZq6pfS/boH+183qf94+TPbCvJj84vJbEVXrkK"
    "6kiI6wllayRQgDBhv69howGpbW3zTOHwinS+m1wlb1FrgsAg/fApdF4OHbNFI1jQWHbqWK"
    "KoXkGaoSdUQKbFXp0iXNMViJbNtdbgNHwpAltNTG7sUt1lKF6vJGhNptXmyRE3c4/BVKi1"
    "Ba9s6CA1daEkX7GN2Z4kX9irs0qclagmVKFoVJTQHlWrq3jJUEsDQ2IR70pZ6BMVw4kmkZ"
    "T2SOdSRRzQh6aU9A8urEjaDteG0B8koX7fz8OUrVt05ITSfY7vwPcsbOd6FrNWX3OirQte"
    "KsK50BFKNpYVJKJT7t8LXggDlG0kaUz8/LoHx+XtDv6Fw0lCoCuIKGUsJmwEa/vTYDoW0I"
    "baMJLDhwbYMWv85RMoKa2GzdIiy7Xakv5FssS3MJgeXMyX5Nd2sy71vHa9kVQEr+/S6k+U"
    "ZK84/k4XnEn3B+VfJlm9wlRH3WucJ+NwRtlN4r0ZEOL8mcTHVhyPrSOeb/uFVuae64T32H"
    "J7ejkZdzbrkYl845v8M9edRTht7QgmKiNyYT3bQMKn/mMPOjbgBWSZcYUYqH95SqKi4evz"
    "uuVmDJg7U/vr0aKtLNROkNpoOg+OlG6PcOeua0TYPCiSIPRTZ6/THy0LKMHJl7Bn8wlvGG"
    "oA0AF2mxyj9nCQU2U7J3s56H49GncHq6jm9q4wDrsEFFEu+ChpsRSTNqKNPLtqaGMjlE75"
    "+DHxHFq9hxOC9CJbgHZe5yvqBMXSpOUp/Jpapv5657bdIvxRagpsnqA/b0QID1Rc+w9RXM"
    "MwAU9afOIxeNwTn6VD8b1iPDPsuWAxNEbRBUauhSIpwfbPTb6/yA2FfTt4mYTJKKkLomh9"
    "QFRYO3YHOSUnC5yVxOuDY4+ZymFZxuMqfvEUb2cqsXOkUq+NxkPrumtqVUlqQUUlmD2Z5p"
    "iBt3SJf3NsepRG25HcWkeKDmOHpEcbl4TEp86SWCUsgNSKPb4bAoKmWfjaAPBG++PtC8yc"
    "0LIg24Opy4+WX4YoePCtObg4mq5Zbtq/J1CbEEwWJJ2xAjQ0MLyQH2o0QrxkgWwEeSTUP1"
    "yc4aND0Jr2FJmgFtCRtkGjSJ1CohRyL/GuQlzKYKVHeZV6Rh77ftboOSf3dozmIHD3k1iM"
    "jC3LZ8UUTaQlHqcEUnX2LOfL/3EwIpuxpyFOxYuelWsaOF2yig81TdeCi1hb4mKlLEOTYy"
    "zhEsQvGm7KchohCxjiViHYFFXgkfIw6QU2QtjHvcfUeRADM+712CqH3euwp6cMF7I68xDj"
    "uKJaIQUSyviGK5d/JsA2zYNwQC9bfS977WD+dhWkTL+KmJhGPwW0TjVMIiuiOLqAeqsIi+"
    "YBGNLz1ui2il1j5o0YL9U+g4/nPm9N1IzDgqbr/hzVVtf/IeqxoKc9omT6BUmkBBlsBLtj"
    "R6gEfsCeeLAPadC0M2JEJNXsgvO4MjRtIG5aruHA7hkW+b/MnyyDfEqjxEcwtY6ylcOIxG"
    "WakZhR9s3Z9LPtjeZFGG+I0amR/hmkdaCqa3TliqwOQpMukrzqTnNty312K/+9x25MAVwc"
    "7Na0/G3poTRCI7L53EZK/xYrvg+zihiNRtjoCYk2Hhs4q8A3lF+ooEmzRla96ffdgp9yOj"
    "e7VkB2QX7OSI59HBQsl8RaepdCutpR6WL/+rgWAXfiNtw3JUXyL5TktjkRdgs/+I0liNle"
    "YJWuQmVU6hPkklZPsXZfvUS1MW5xRZ+2J0KtCimDL+y7WyDkHe71yPvwyUS2llPCF4h6e/"
    "jb9eSvbSeCa/FXk6HpG/ILANfIeVm8F03CdzoYls8tnoNEJPMIEFscP7JiSpKjI/t+k9eL"
    "AA1rbDOoe0DfZ+Yb+p1ZdYQc2xmIzJ8xFNUAmsy2G9hiAnVoMplYfTWxQsszMjjvcYPEax"
    "cL4AMwtm8F3ixTRNJqDNMTa6qxWwckSFgpCAiKTG8rKdigCtOyKAgGPBnBAMdkBMRNGMkB"
    "h6vdaExPhWjSw7CmrzRiRbVuZt2JZSAPkuKvOSqzl0G2YhzRbispRCJXlZJdFcy8t4V1d5"
    "ifEFRtYUYYu+lrXYW2MrfokIJa9bNEXVIvh3JqzoENxz45okErBmYX1C8Jkb1iSRgDULq7"
    "N0V3Mu21BI0MLPXClzxWmBueI0a64AFlcTwWC6ALcUuM6KnC/PT8vcEWIUFW0He3DV7s4g"
    "xMKTvWARE9AWLNpuuVi/glC/zIp94l6xT1Wv2IP+gMXDOcqrEXEq0e1wayWiKHOksNdkUd"
    "6IYEAxA5oSIGZgRNNm88LDgkNHhcFh/iSRrvFGA7z2m926792i+pwCDdmmDtYqL85pujZK"
    "dRXA/WAZrskNdpKqBZ6qGpA2DRvllxNjO1ljJK2JRd+hac1G87zQlcI+QDGqGtv/hN/Jg+"
    "3+w2qays6lYPVJFeoffbNpuHeeE4m9F0QUAtA8lY4mXqndsyWXvzlJJnzOJXzOXhHeLVub"
    "pGlFIl2TE+lEgQ329iUKbFRnm5mClek9NstCE0w4KmGnUW1vbgXmmm+bS/gGFrLWvwsTzi"
    "GYcJJ8K8+FJJ0w/25tf+f/oLT2Q3K4H46svFC3jtg0XgolsYGANkW0oTUFJn7z6VzJJn68"
    "WLDxqhMEfazrKFDg2puOUrG6zV5RglhYin9b3nITtQkaKvdELMpwgW3rT1K10I31oYSt/w"
    "PT0v9h/8FdjYN318GeIhG44oBEkZy6O6GNCNXke2kCJ8cSXVCPIUkmvNelfKp+ZQ6ujL8Y"
    "iUj5S2iWu0j5Q/bZI6dDNiSp0Ru7GTlYdyw2HL4opGB+60I1qqmLwTBklKt6xLRqVIk2me"
    "pCjRPzzj9ulVulfyn51Hf4Rhn1B6NPl5IJsUaYcIflm5vJ+AudQzRSy3iis/pKbzgY0TEN"
    "LnSEPcrJuKdMpz6xZSygbXv0N/JkNpCHw3+p8hd5MJSvhgqZACwHAV1fq+AJIO/ByZWi47"
    "HRj2SQXumejATPx/vhKdPlq8vu8tXNdPkKnpro4PRTwvMaZinb96Gv5I2ElpXX6oaN9IZA"
    "AFwKYPJmWzYkqPE3u09R7kQpeDPWmkPtpia87S87Tcq0UxMxFm3jOivGIlkZaL5CznZ8T9"
    "OKGKrmMDrn/Y6cJxx5ZhFRmwzC++2W6Np5LWKrapbYNBb8DNfYC90SY0sv0SyxJ097cl/Z"
    "V6/EcShkygu/LkaOCzUz56jIjRqJrcCfvseMvmZsEm9G5mZ7SPesBTVt0ziQ5OCX9vgxhj"
    "OD/FPxDr/X96ea/f1Ve3bfeMa6AZJbXfpY4R6tBbPqiHIhl9ogQ/tr0PCWyJIbjsRnxYNh"
    "RMRLI/fzsEotJxMSZO2pt1OzQeuRPOy2PpSQtkYPyhPSoMHrQPky6CvjS8mjvcM3Q/lfw8"
    "F0dinRVPTQkbz/FhGuldMIi207D6a3MHime1w2CqEwDCHrMER87thwfgshvijjbrtgu9su"
    "Mu427+XiLO8Vp2mfB6iSWBo/zpOztUmCqHVdZLrn52VwPj9n40yPJXG+N3QtT0thgxxRtC"
    "58o5ryiiJetGJv8WIJMIZcQkWMpH0bciXLOH5nGaDZLSRSZG0Au8ghVEUfiU21dp7cqySR"
    "CI1mFG3GAOkqp0KSIWzDoq5HM/nTBTpyGDLdy3p4jLxG2WMeJMHxaOJXCtW7KSXRw0+OPx"
    "wTJZz+R/5636V/kH/J7zPvwBkdl2/7A6K7A1dDxjZ6+o7zhmhHDnIllmj4Mq8SJ6iRWyvz"
    "jJdZ1zdnlxKhu8PXn7+QX49Pd/ircnV9KT3D+YqM3pzS46fk15lMfp2BBjDozUQFB1HAqh"
    "/7Kw834cCqHwMM9Ducjhye3I5GXvCv5WLsRf72xtc3Q2VGJy0MWoPDofOS8bxkljzqKUNv"
    "aEFx0/X8CONt+L/7MtjmEthbd8PdENe4AJ4BCvv78KyAr/Jg5nEzoL/DRG6ayD1/kIie1B"
    "HjjffHX0fDsexHjYf+Gj/ymxERTvvt0jHacJf+PSVLwF86NlkBODjrSKGnw03psWsZNCgo"
    "5+UvqC0WJ9qysthWTD9+V1UFxwJYd1FZLFw+UFPnayevkVthi6Uc6tYUzazZdeMYDtC3YU"
    "KKsEVaUM0csE1IF7LJt+UkqEQ1wxJ7DnQAl5a/md+ipb0zBR9ix1pzd7tKUdW3Z58cCKwb"
    "8Zm/712WsjWfxN21YnEcuDIdnl0gTiIAzWwDNPeOoKVtrSolz9Bga1/ndhTLW3VxLHN1ok"
    "xnk0HPU4CJGkBYsPA04CtytqvhuPeZHpgbjjrXjcUjPTJSZl/Hk8/kPqDzbFiPd3g2HqtD"
    "efKJnNsxDFUH1gMMRsdUY/IGDU+LGswU70bl4XD8lZ6axhiomJwf6LrxTM9/O5re3tyMJ9"
    "4tudh2TdOwvHuazmRfByf88DXw6Ww8kel1bYeIKfSqhM/KZEStAWTdQAsDvRk6ub9WVkTR"
    "IrfJY1XOEDZ4nW1pVT4pZ1U+KbIqn+RYle+RDrlLnCSIBNZcWNvoP3mNDgo0sQRZi4TVmv"
    "Uwketfe3CBBVe0zsQWqZFJSpEY2eTESJHuzn7HDjPxuUy6O5EvrS3TnhOU4t1u8rt9jzCy"
    "l1uxOUUq+NxkPoviFW3bw3PYnileQQRb5HvZuBOrMqRCMdlWMfnDyK8yXAR/RCNw3xb3eA"
    "YoR3p4jEqkhr8uNTzFixwHqajpkcj5ji++/KTv1MayA0h/989yWDtKWUCjfTQBJ7m8NLod"
    "DjuMz2V9K/VAcc2IBwx491ODRoYWWiw7OdUMgiNHRbUMQDSnMV3j30oVgld6Ntn1BWjRl9"
    "z0nILM1IikhdlmlWRM0peKA+FgegvRPSnrYSpyMOXlHcC8qBJ2Df0YSf019Pdjm9lZtfxX"
    "VTp67cfs5/8BBsHqAg=="
)
