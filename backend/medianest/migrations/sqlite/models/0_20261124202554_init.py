from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "plex_id" BIGINT UNIQUE,
    "username" VARCHAR(150) NOT NULL UNIQUE,
    "email" VARCHAR(254),
    "display_name" VARCHAR(150) NOT NULL,
    "avatar_url" VARCHAR(500),
    "role" VARCHAR(16) NOT NULL /* ADMIN: admin\nUSER: user */,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP
);
CREATE TABLE IF NOT EXISTS "sessions" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "device" VARCHAR(200) NOT NULL,
    "user_agent" VARCHAR(500) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_sessions_expires_6bcc94" ON "sessions" ("expires_at");
CREATE TABLE IF NOT EXISTS "sign_in_links" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_sign_in_lin_expires_9b7284" ON "sign_in_links" ("expires_at");
CREATE TABLE IF NOT EXISTS "jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* QUEUED: queued\nRUNNING: running\nSUCCEEDED: succeeded\nFAILED: failed\nCANCELLED: cancelled */,
    "progress" REAL NOT NULL,
    "message" VARCHAR(500),
    "error" TEXT,
    "payload" JSON NOT NULL,
    "result" JSON,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "cancel_requested" INT NOT NULL,
    "worker_id" VARCHAR(100),
    "created_at" TIMESTAMP NOT NULL,
    "enqueued_at" TIMESTAMP,
    "started_at" TIMESTAMP,
    "heartbeat_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "owner_id" BIGINT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_jobs_kind_d0563f" ON "jobs" ("kind");
CREATE INDEX IF NOT EXISTS "idx_jobs_status_5eab66" ON "jobs" ("status", "heartbeat_at");
CREATE INDEX IF NOT EXISTS "idx_jobs_owner_i_c1e8f0" ON "jobs" ("owner_id", "id");
CREATE TABLE IF NOT EXISTS "schedule_runs" (
    "name" VARCHAR(100) NOT NULL PRIMARY KEY,
    "last_run_at" TIMESTAMP NOT NULL
) /* When each periodic task last ran, so a restarted scheduler does not repeat it at once. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXG1z2jgQ/isePrUzuUxKAsllbm6GgNPSEujxcu30ZTzCFqDDSK4t52V6+e8nyRi/+z"
    "CJiXH9JRNWWlt+Hmm1u1r7Z21FNKhbxxMLmrVL6WcNgxVk/wTkR1INGIYn5QIKprroaLMe"
    "QgKmFjWBSplwBnQLMpEGLdVEBkUEMym2dZ0Lico6Ijz3RDZGP2yoUDKHdCEG8vU7EyOswX"
    "touT+NpTJDUNcC40Qav7eQK/TBELIrNO9iei368htOFZXo9gp7/Y0HuiB4o4Aw5dI5xNAE"
    "FPI7UNPmT8AHuH5S96GcwXpdnFH6dDQ4A7ZOfU88VTxZTVH6g7EykseKUsuAkUowx5cN1R"
    "IAzPkQfvu9Xj89Pa+fnDYvGmfn542LkwvWV4w32nT+6AzGQ8u5lMCs+7bbH/MBEUaiQy0X"
    "PAodQIGjJcjw0Dd0eK9kpcCn9P88uKj7iFjD/Ovx4OHOF534PwJ8ewHMeNj9OiHc2QNtgX"
    "vBFsAK3Cs6xHO6YD/fNE5SQP27NWy/aw1fsV6vg9D21011py2IMlwBpGeBeKOwE77hee12"
    "8fD17OreAa43zrYAmPVKBFi0BQHWkGXo4EHJOpXDes8znQuFdy4TGtwyQ24qtplpVge1yj"
    "e1GyfbQM16JUIt2oJQm0RPmNIytlcC6C4bE8AqjADu6u5vWovNoZYN7Vqrc9PtX0pAWyH8"
    "DU9G8vBS2lwn63RvbjPbm8mTvRkmAFkKc0bRbQwLV4QBDHCCg+jXCzEwZYp5UeDunTlM9z"
    "R3YzDo8SuvLOuH7vgfIeejP7m5khn2AnrWCdEEn0Q1IYdEATSKeIe1ULSC8ZAHNUOYa2vV"
    "Y/efQzTt7AG1AdYf1jynEDLu3sijcevmY4CVTmss85a6kD6EpK/C62JzEelTd/xO4j+lL4"
    "O+LOAlFp2b4o5ev/GXGh8TsClRMLlTgOZz51ypi1qAdR1YVLEgxDvwHtZ9BuYLttEcCNEu"
    "JhGmedg9W/pCPy6YAnV5B0xNCbR4U8KClsVwsmIM71rz+sMQ6kCAGaV9nXkYOVc5wNX+6M"
    "5zV+qteh9IaI4VhBUd4eVTkWKX6uIeu1BZwfqHTJ+I0XsyPVjrEcWGr0JSJ0nrMtq0qq/C"
    "EoDBXDwSvze/U2jdxSQDfUsyOR/oX/3FSQlOJt1OhoSgbSPtmOvkkxap/TGzscoxkMSd+J"
    "+zPzP638+xCQm3+tTZVfz7hXj09NQfJUu2cS+AtcgSSwa1SpeGam6TJGkm50ia0RQJvEVq"
    "tuTIRmOP8WNeczeUhNoqUq+nROr1aKTOQ1aF2UIc47+mZ1M9rdIhnUtOBBlZEHZ6lw7Z5z"
    "cRVeCdDH0VeO8p8C4a8wfCdGLkHTiHujcQu9wORAc190PzPr2vMrFswlvmHO9ixoOaVRat"
    "yCwLvzFrxYRPaaeKiaIZ5/0VTUQSmEEmojRcExOiOf4AHyJndPGZJbdC6sAoSMotMbEJ7j"
    "ZZFf/UY8/Onhg65z/t1qjd6si1x+SMcK5ZKi/nGZeoCmREU3JV4SRscRJWVQ3bc5qBoyqR"
    "VUWphbXFJY5Sq9DlF3Fqd1nYPrUqaCk4v1XQUgUtL07BgQctvAghJlpZ1yYkhylu+UOu0c"
    "lX5rUCaosbLSAw6ZR5Xdw6s35fa+QObyBlf79XsUwhY5kle/gsUYzbP69TtjIFMBTRpJLu"
    "hBDRVSjh6wm5nMR7BmiXqnlPe49nxqyrDV3qt66c/2siT+TOpeRof8PDSb/f7b+9lEwbY0"
    "bCNzyatNuy3OGdLFtVIdR4v+tWt8dFM4B0/rvd6rflnhCpHBNdX4/lxavvDZNwBzSGzGud"
    "gKQXA31KIQ5nXCsvFk+OT/YfBHQGk6ueLH0cyu3uqDvoB71+0chFXsX9UG71QiivGFjM1c"
    "hilHwq1Zs8W1WtQNMkMT73GN4nTOONQhkATgtj5c/jQATrwvjqpvX5dWA+9wb9t253H+zt"
    "3uAqbDjAA1vqMU7M+9Ggn2A2PJVwGgGpVPpX0pGVm+3wlXJObaRThK1jftuXqObkEKUTEs"
    "b+KJgr4BcIE8Ka+Pgz8OFpPImOw1kIueAOKIUrg8bsoImxlF9lfymXvPbOdURVf3N2fnZx"
    "2jzbBFIbSVr8FH0/je8UO4AaVtsfsKcHAqzjeiomZI9mURiXAEh74TJOfY/vXW4kB/vi5R"
    "0xlwn52WQ/MKBUBkclFNFs5Qm+SfEE30Q9weoIMxn9Eh9hYidM3+UMM6haHXIV+ZDLosDc"
    "bXUHNSuWi8xy4GgjI89h3YrpIjM9QxhZi50WdEi14rnIPNuGtqNXFtSsvLIC0x75JID/QH"
    "r702a/1rN8e/ClCS5CTYoANeagJ6eilIJRsG1Nin/qBYpS2ACk/qTXe7FSepXtdLYOh3b8"
    "Rx98zUepxfTrjoppb/n1h9qnBcQSBOpCMqCJiIZUiQJrKfH3EyUT4CPJIhKQmNVwPGzJvY"
    "cpaQRaEiasGzSYRyYhKrG/hE2w41qItxxv84Si/6zfPCzvpzufL1WTXBgj3nhlE3PXl2U9"
    "1RK6CYfrFjjeYGRvehlD2mLGRV3E2dB1S6r5BF6fwryE9KtU7T3xKCTZ7NxC0/1i0rZ23q"
    "dSxrqxRmOburFGI+Uzwo3IZ22NTB8WWXcvIbr5nHoQTGM/jpNcAeBT2X9FxoHXALzoZvb4"
    "H9vhQQQ="
)
