from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "service_settings" (
    "name" VARCHAR(50) NOT NULL PRIMARY KEY,
    "data" JSON NOT NULL,
    "secrets" TEXT,
    "updated_at" TIMESTAMP NOT NULL
);
        CREATE TABLE IF NOT EXISTS "api_tokens" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP,
    "last_used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A personal token for scripts and third-party clients, stored as a hash. */;
        CREATE TABLE IF NOT EXISTS "plex_sign_ins" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "pin_id" BIGINT NOT NULL,
    "pin_code" VARCHAR(64) NOT NULL,
    "browser_hash" VARCHAR(64) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSUCCEEDED: succeeded\nFAILED: failed */,
    "failure" VARCHAR(32),
    "message" VARCHAR(300),
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "last_polled_at" TIMESTAMP,
    "user_id" BIGINT REFERENCES "users" ("id") ON DELETE CASCADE
) /* One Plex PIN sign-in attempt, bound to the browser that started it. */;
CREATE INDEX IF NOT EXISTS "idx_plex_sign_i_expires_a91bf7" ON "plex_sign_ins" ("expires_at");
        CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(32) NOT NULL,
    "target_id" VARCHAR(64),
    "before" JSON,
    "after" JSON,
    "created_at" TIMESTAMP NOT NULL,
    "actor_id" BIGINT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_action_286eba" ON "audit_log" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_log_created_277f5d" ON "audit_log" ("created_at");
        ALTER TABLE "users" ADD "requests_per_week" INT;
        ALTER TABLE "users" ADD "downloads_per_day" INT;
        ALTER TABLE "users" ADD "permissions" JSON NOT NULL DEFAULT '[]';
        ALTER TABLE "users" ADD "is_owner" INT NOT NULL DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "users" DROP COLUMN "requests_per_week";
        ALTER TABLE "users" DROP COLUMN "downloads_per_day";
        ALTER TABLE "users" DROP COLUMN "permissions";
        ALTER TABLE "users" DROP COLUMN "is_owner";
        DROP TABLE IF EXISTS "api_tokens";
        DROP TABLE IF EXISTS "service_settings";
        DROP TABLE IF EXISTS "plex_sign_ins";
        DROP TABLE IF EXISTS "audit_log";"""


MODELS_STATE = (
    "eJztXW1T4zgS/iuqfJqrYigmAWaWurqqEMJsdkPCQXK7tcOWS7GVRIcjeW0ZSO3x30/yS/"
    "we7JAX2+gLFSS1X56W292PWu2/GwuqId06HlvIbFyAvxsELhD/EWk/Ag1oGEGraGBwojsD"
    "bT7CaYETi5lQZbxxCnUL8SYNWaqJDYYp4a3E1nXRSFU+EJNZ0GQT/JeNFEZniM2dC/nxJ2"
    "/GREMvyPL/NR6VKUa6FrlOrIlzO+0KWxpO2yWe9Qi7dsaKE04Uler2ggTjjSWbU7ISwISJ"
    "1hkiyIQMiTMw0xZ3IC7Qu1P/ptyLDYa4VxmS0dAU2joL3fFECdoaijIYjpT77khRGgUwUi"
    "kR+PJLtRwAZuISPv/UbLZaX5snrfNvZ6dfv559O/nGxzrXm+z6+upeTICWeygHs9733mAk"
    "LohyJbqqFQ2vjgxk0JVylBGgb+joRSmqgpDQ23rwUQ8pwoP54+khwF08dM7vBPCdOTTTYQ"
    "/LxHDnN5QD95I9AAv4ouiIzNic//vl7GQNqP9p33V+bt994qP+EYV24HU13b4oymgBsV4E"
    "4pXARvjG57U/JMA3sKt7B7h5dpoDYD4qE2CnLwqwhi1Dh0ul6FSOy21nOpcK751MaPjEDb"
    "mp2GahWR2Vqt/UPjvJAzUflQm10xeF2qR6xpTuEnvhAN3j1wSJihKA+7L7m9bOy6FRDO1G"
    "++qmN7gAUFtg8kDG9927C7A6TtHpfp5ntp9nT/bzuAKwpdBn4l5NzDehHF9IMvzDkFgM/w"
    "mX25UCVi07mO3rvI3hsC+OvLCsv3TX/Yj5HoPxzWWXQ+8gzwdhluGScOC484+fUmb9W4AH"
    "cntE3PdVKgu4gcwFtix+bVYS8l/uh4MM7zsqFkNcwyoD/wM6tvJ44pvZmn9ObaIKTMHExj"
    "rDxDoW5/tXQfuzDXUImCLq8C3Kp5v273Fj0+kPLx3IqMVmpnMU5wCXcdOPOBgWsxQOtfKM"
    "0GNSPZmxUarsVqKkQ79y3Tip+eX06+m31vnpKjxatayLipKzX+NWWqdQc5HS4LIAyKmyEu"
    "QkyKqJxL0rkCXRveI9DC9QOsRRybiR8USP/R9V9Nb5DWpDoi+9WbAG11Hvpns/at/cRizN"
    "VXvUFT1Np3UZa/0Ud3VWBwG/9UY/A/Ev+GM46MYN0mrc6I+GuCZoM6oQ+qxALRSh+60+ah"
    "Gt69BiioUQ2UDvcdktaL5kz1hFFO1jktC0YFKnjyE2TzRMoPr4DE1NifSEAkcDK4w+ojRX"
    "49KTvf71DunQgTOpeI9Obht4JA5TwQf+1Z/qfmvw4Ac4WSjLISuC0r17lNqChGdEwUTRMX"
    "l8L1L8UD3S5weqK1j/pZN3YvQLnVTWyiaxEdaKNmmW/Up2LZqLeAskcObckji3OFPcOqUs"
    "hIUtV/ZiWNROvrki1mgD7oFalEAdOGJgSk3gjrAAJBpgc2xqnw1osiVQdYw4PEfAYtREGo"
    "B8CJhDa34cZ1y2eVy5NlfqNaHstbmipHqdyfRcDO+XNQzvlyTDa5hoil+KIBxI1BHjrTO4"
    "juVShCEqAnJUqnYLned5luHOs1fhzhOLcJZKxTESEGdTiIGEZA+3zh5KziX7Sagv54JeDM"
    "yPtoHWo5KSbykb35Jg1mxro6c7Lis1XWZNm+iJ+yGb6DkqKbVcZi2LbIfC6Y8hoY3WnEr3"
    "Vt5btJugrqOaSKrhmpoIz8ivaJlIuEnnyvx054qpIIst480mfF4xM+Gpx++d3zFykws67f"
    "tO+6rbeM1eC9gl73aroxeXyW2kMG+h3qN13JuTVuxxyznptyFBQBwe3PYGQIh+xgRAxtDC"
    "YEdgQm3BlFHA5ghMTPrM0eO/IQN8Gpl8cgDMktTblo65ZdptPO5dFSDdbBtrx0JmN9FyKI"
    "hzziT+nB4ignOCtZb7Cgm/HJxbfyP1HZPime8rGWn5N859FyCq/PEvxLyFZGrIvW2fFPJM"
    "U2H2LS4nwc4BNjaKQOyO3mNu8K7s8s6JTQaZnUJs5kvCDqT3CLWBiCYgK4Z447Y7uOoNvl"
    "8AT/6B3I87nW73qnt1ASxbVRHSkPZArtu9vmiaQqwjLe66HIblF9dim4WseUikfrsRWs0c"
    "CLeamQiLrijCC2RZ3PEugnBIpIYI51oNbK1ZDWwlVwMlbZ+NvqTt90Db59D6PlctK6Lk/L"
    "S9QXV9c+I+Ii1J3TJr+yCkbsn0+QE53ZJpoOKUrp/CnMLnhrKbs8nccCJ1eQqLSBZ12yyq"
    "zPHaCxWioSesFiuxsJKoHdPUzBX/NdfEf81k/OfYYW4LSYp/uL4mSyBVO6R3UllBsqU7MR"
    "GSwMiGvr4ERsn2epZN8xXRdK64VnJVH0HLMvHwI2hZJh5+TJKqbCqoOksVbB9PI6oim8vX"
    "cFXx/ezlIazkbtttmoEjSWTJKLW0trjGUaoMXT6IU7vJgy33xFVHvzJokUHLwVVQ8aBF1H"
    "NKiVa8Mk/ZYYpfSWqn0cmPUN70HEGTTbjXJawzH/ej4VRW9iDlf/+UsUwpY5lHfvNFohh/"
    "/K5W2eoUwDDMsgrDZ4SIvkANt9LsZCW+gts++FAb+arPvevj3+PuWOzmcKUfyN14MHB2gZ"
    "g2Ibl3gTyQTnvQ6fadJlVgopdmb4hhUuGApijzWqcwa5NlSCimw6mQ2pUWT45P9h8EXA3H"
    "l/0uuL3rdnr3Pa8c0crrdzpFU1BH/q7b7sv9IfvPWkGmSVN87hF6yZjGK4E6ALwujO3+Po"
    "pEsIkiWqv53B8OvvvD45W1YoYDLkWB9yTea76LEIiUo6qZOG1tqprxLnH9BfQRSLxLHdV5"
    "EHaCu1d4IuUNmhlLhUX2R7ns6t257U8iiDfFBqDGxfYHbKsiwLqup+J9AAWlEQDrPiOUJi"
    "6/31Tgc0LP1HzM4Gez/cCIUB0clT3UDZZLmNno13gJk7hh+iZrmFFRuchV5kUur4zXBmqO"
    "Skotl1nLkaWNgnqOy0pNl1nTU0ywNd/ogY6JSj2XWc+2oW3olUUlpVdWYrUnvq4UXpDOv9"
    "oclpLVHraUk5LxsWZZ7iGSkxKeepGkFH4BYDDu9w+WSq/yN52tozs7vehDqPtobTK9N1Ax"
    "7bxVfH+bIwIQVOfio1eYalgFDFqPQOxPBCYkR8CiAAJuNbwSu/45TKBRZAFC+TBkcI8MYA"
    "b4X8onWLKw7+5O846k/8N+5KlEqeZbpGqyE2OcHa98Ym66WTYQraGbUF23wPUGE++mwxjS"
    "tq1h1iXMXKbZ0VDvWjMKxThFp7NcJlTuR6qkN7XOVEHV/ypo3ldDICHz+HLk8UGTPxIuRg"
    "VAjonVMKdv+/VrPcyKrUxFhOq3MrWDiu9oStPKMGdnaAQSMkPjHRkaU5YW92bDvhKQqH+U"
    "ryzu9cVZTbYvzxos93BocbYvLCXZvi2xfQ6oku17g+0LT71ysX3IFOUh7xFj7n2mVHmNjD"
    "haX+zVGatY7uAD1tCQdNoqBz5XCvyaDPi3uDTRUcTt8cfL5OytO0MW4k5NWjpr9u6EkEgd"
    "gqt970+Qq8118z+zVpvLwiojE6vztBe117P2BQ2DMaWhkj8Kj/zOBPvsF/ATMq2CFHFIpI"
    "bMZfPsLM9u5LOz7N3Ioi9G7xiFylV7w2uI7m5y6SlhqSXXs/3IkMj+XcmKM2gHfZm9/h9u"
    "F8mn"
)
