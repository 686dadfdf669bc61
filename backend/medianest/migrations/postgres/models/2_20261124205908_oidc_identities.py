from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "user_identities" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "provider" VARCHAR(200) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "email" VARCHAR(254),
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_identi_provide_1b8267" UNIQUE ("provider", "subject")
);
COMMENT ON TABLE "user_identities" IS 'A sign-in identity from an OpenID Connect provider, linked to a MediaNest user.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "user_identities";"""


MODELS_STATE = (
    "eJztXWtv2zgW/SuEP3WANEidR7vFYAHHcTueSexuYu8Mpi0EWqJjTmRSI1FJjNn+9yUpyX"
    "orkmM5ssIvgUPx6HEuRd17eEn+01lSA5nO4dRBducj+KdD4BLxH7HyA9CBlhWWigIGZ6as"
    "6PIasgTOHGZDnfHCOTQdxIsM5Og2thimhJcS1zRFIdV5RUxuwyKX4L9dpDF6i9hC3sjX77"
    "wYEwM9Iif417rT5hiZRuw+sSGuLcs1trJk2Tm+HRL2SdYVF5xpOjXdJQnrWyu2oGQNwISJ"
    "0ltEkA0ZEldgtiueQNyg/6TBQ3k3G1bx7jKCMdAcuiaLPPFMC8s6mjYaT7SbwUTTOhU40i"
    "kR/PJbdSQBt+IW3v6r2z0+ft89Oj77cHry/v3ph6MPvK683/Sh9z+8mwnZ8k4lORt+Ho4m"
    "4oYoN6JnWlHwQ2Iggx5KGiNk3zLRo1bVBBHQ03YIWI8Ywqf59dkh5F28dPJ3ivj+AtrZtE"
    "cxCd75A5XgvWEvwBI+aiYit2zB/313elRA6n971/1fetdveK2f4tSO/ENd71icZbSE2KxC"
    "8RqwEb/Jdh1UCfkN+9WdE9w9PSlBMK+VS7A8FifYwI5lwpVWtSkncdtpzo3iu5YGDe95R2"
    "5rrl2pVcdR7Wvap0dlqOa1cqmWx+JU29TMadID4i4l0UN+T5DoKEV4gN1ds5Yfh041tju9"
    "i6vh6COAxhKTb2R6M7j+CNbnqdrcz8q09rP8xn6WNAB2NPpAvLtJ+CaU8wtJjn8YgSX4n3"
    "FcXQZYl9TQ2ou8jfH4Upx56Th/m577kfA9RtOr8wGnXjLPK2GW45Jw4rjzj+8zWv1ThIe4"
    "HTIe+Cp7S7iF7CV2HH5vTpryX2/GoxzvOw5LMG5gnYH/ARM7ZTzxzfqan+cu0QWnYOZik2"
    "HiHIrr/bti/7MNcwiaYuYIepQ3V70/kp1N/3J8LimjDru15VnkCc6TXT/iZDjM0TjV2gNC"
    "d2nz5MZGmditREkv/cn14qTuu5P3Jx+Oz07W4dG6pCgqSrd+g/fSJoWGx5QBVxVIzsQqkt"
    "Mk6zYSz65Blmb3gh9heImyKY4jk52MDz0Mfuyjt84f0BgTc+W3ggJeJ8Orwc2kd/Ul1tNc"
    "9CYDcaQrS1eJ0jdJV2d9EvD7cPILEP+CP8ejQbJDWteb/NkR9wRdRjVCHzRoRCL0oDRgLW"
    "Z1EzpMcxAiG9g9id2C5Rv2ju2JoQNOUpYWSur8LqLmiYIZ1O8eoG1osSORwNHCGqN3KMvV"
    "OPexn367RiaUdKYN78vJPQtPxGn28IX/ETT1oDR88UOeHJTnkFVh6cY7S2tJwrdEw0QzMb"
    "l7LlP8VENyyU/UVrKwgQjDDKNnMiUGcobeuVZt5eovOnsmS7/S2d5+kdLciJ6ddmleX58+"
    "tOwukyWQwFv5SOLa4krJnjxj0DDay+cPHMa/KU+OHnZ6gHvrDiXQBBIG5tQGXg0HQGIAts"
    "C28daCNlsB3cS8rTsHwGHURgaAvApYQGdxmFSntnleNY7Z6PGz/HHMqgMQbR54KKWGvytQ"
    "w9+l1XDLRnP8WIXhENFGjreudsueSxMdURWS46jWDQqflRmyPMsfsTxLDVg6OrWyPLF8uT"
    "VEKKV160qr0qfy34T26lPo0cL8bBtYPY5U2lTTtKmUCuk6G73dSayydJMtbaN77odsYuc4"
    "Ulm5yVYWmSGVU0UjoI3G5xr3Vd5ZtJuS+eOWSJvhE7URviW/oVUqOSlfUdxDE+SpZbzYhg"
    "9rZSba9Piz8ydGXiJGv3fT710MOj/yx03q1N2+mOjRU707Gcpb5OhBkfYmU7B9Hb6k/DYm"
    "CIjTgy/DERDQt5gAyBhaWuwAzKgrlDIK2AKBmU0fOHv8N2SANyObNw6AWVp629I5tyy7Ta"
    "fDiwqim+ti41Bg6omWI0GcvJL4c/ISEZwM1o69T0j04yAf/YlpAphUnyWwxqief+N5AoJE"
    "nb/+lZS3CKaF2tv2RSG/a6qsviVxiuwSZGOrCsVe7R3mUdfVL9cubDLI3Axhs1zCeojeId"
    "UWIoagrBrjnS+D0cVw9Pkj8PHfyM203x8MLgYXH4Hj6jpCBjK+kU+94aUomkNsIiPpuryM"
    "yi/uxbUr9eYRSPtmbhx3SzB83M1lWByKM7xEjsMd7yoMRyAtZLjUaOBxwWjgcXo0UMn2+e"
    "wr2X4Hsn0Jq+9y1HJPjFxetreoaW4u3MfQStRtsrVfRNRtmD1foabbMAvsuaQbpHtn6LmR"
    "TPB8MTeadN6cRViUirptFVXleO1ECjHQPdarLUexRrROaeqWiv+6BfFfNx3/yX6Y94Ukwz"
    "8sXr8mRLWO6VpWoVBqaS1dhBIw8qlvr4DRsHmxTbP8nli6VFyrtKrXYGWVePgarKwSD1+n"
    "SNU0E+y7ShVOtc8SqmIT8Qu0quTc/+YIVmq27Ta7gQMlZKkotbF9cYujVBW6vBKndpMXW8"
    "2J2x/7qqBFBS0vboI9D1piq17lbG8SXRWreJsTLb4YV5kli4JJTT5yBeY2XQJIwNhCZHgB"
    "+pQQpDNg2fSe17EPgIiMkJz2BMEVMjAcIYfJdbWzli7a+vkzgqqvnQAtKjju7C9+xs53FW"
    "s1pfc6KIi1oqYrPQMogmnhpJRaxrSD16ICzRFIG1k+PS3D8ulpwYYhp2pHliKCa9iRRWkG"
    "+ey3VzNQ0YaKNppggj2PNsTqsRlBhr+obH5sEaxbW+tYyNfILM0Fgjab8f5a9Na83teO3P"
    "PGp5T//a68+UZ683f84au4P0H9uvzLNg2X8PDZrJT2uwa00XuvJUbav0nmvKqLAtOXnmP+"
    "n+lgKuaOe+hv5Ho6Gsk557ZLSOk5599IvzfqDy5lkS44MRszE92yqfA/M4z5yaQwb0mXCC"
    "hhw7lA1WXFo8Ojeh2WLFovxtPzywH4cj3oD2+G/uKna6dfHpRy2nqHr+tB71LNRt99jjyy"
    "bZrhc0/QY04zXgPaQHBRFDv4YxILYFNL9q7b8+V49DmonlzHN9FxwJXYeivNd8GOdSGkGW"
    "soi8u2Zg1lfkjcfwV7hIhnmWN/XoRaePeXucv4gubGUlHI7iSXur6d296sTnwpNiA1Cdsd"
    "scd7Qqznemr+1pQoSwAo2uA1C6521q2w0esDte9y9Nl8PzAGaoOjsoNdStTgRz777R38QM"
    "QL0zfJmIxDVUpdk1Pq/EWDNzBzHKms3GQrx4Y2Kto5iVWWbrKl55hgZ7HRC52AKjs32c6u"
    "ZWzolcWRyitrsNlTe7lGB6TLjzZHUWptuS3lpEhSMwZ61OJy0ZyUaNOLJaXwGwCj6eXli0"
    "3c1fmXzjXRtZu9xFzk8EHh1F2/oma7ZfcM+X2BCEBQX4gtdjE1sA4YdO6AWA0F2JAcAEek"
    "ofNew9/QI7iGDQyKHEAor4Ys7pEBzAD/S3kDS6fB13eZZ0wxftktZRs0sXWLUk1+YoxcX4"
    "c3zE2X5gmhLXQT9tct8LzB1LfpZTrSnmtgNiDMzpxKFDla2I1CUU8z6W2pLvQ5GX8qh6+R"
    "OXxQjiZX+TSECJXHVyKPD9r8lfA4qkByAtbCnL7t75bhc1ZtZCoGat/IVA37S6E5zdr0JT"
    "9DI0SoDI1nZGjMWVbcm0/7GqBYfy17uu/0w7mfal+ZMVju4dDqal8UpdS+Lal9klSl9j2h"
    "9kWbXrPUPmSLxehvEGPec2bsKRGrcVC8tYSsqzle5RdcsU/Jaesc+FIp8AUZ8E9paeJAFb"
    "cnqK+Ss7fuDDmIOzVZ6az5sxMikDYEV7uen6BGm9vmf+aNNjdFVUY21hdZH2r/SOEHGoZ1"
    "GiMlvxYd+ZkJ9vkf4HtkOxUl4gikhcplLWsJiZeqAsN+9RayW08uPSUsc4OnfD8yAtm9K7"
    "nnCtqLfsx+/B+IzSaH"
)
