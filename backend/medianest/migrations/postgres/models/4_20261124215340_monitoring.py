from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "monitors" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "display_name" VARCHAR(200),
    "group_name" VARCHAR(200) NOT NULL,
    "position" INT NOT NULL,
    "visible" BOOL NOT NULL,
    "status" INT,
    "ping_ms" INT,
    "uptime_24h" DOUBLE PRECISION,
    "last_beat_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL
);
        CREATE TABLE IF NOT EXISTS "monitor_samples" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "monitor_id" BIGINT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "status" INT NOT NULL,
    "ping_ms" INT,
    CONSTRAINT "uid_monitor_sam_monitor_60d770" UNIQUE ("monitor_id", "at")
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "monitor_samples";
        DROP TABLE IF EXISTS "monitors";"""


MODELS_STATE = (
    "eJztXW1v27YW/iuEP+0CWdE6cdoFFxdwE3fzlti9cbIOawqBtmibi0xpEpXE2O1/v6RerF"
    "cqoiPZssIvRUrxkaXnUOQ5Dw/JfzorU0eG8+bWQXbnDPzTIXCF2B+J8iPQgZYVlfICCqeG"
    "V9FlNbwSOHWoDWeUFc6h4SBWpCNnZmOLYpOwUuIaBi80Z6wiJouoyCX4bxdp1FwguvQe5O"
    "s3VoyJjp6QE/7XutfmGBl64jmxzn/bK9fo2vLKPuLFkNBPXl3+g1NtZhruikT1rTVdmmQD"
    "wITy0gUiyIYU8V+gtsvfgD9g8KbhS/kPG1XxnzKG0dEcugaNvfFUi8o6mjYa32iTwY2mdS"
    "Q4mpmE88se1fEIWPBH+PGnbvf4+H337fHph97J+/e9D28/sLre82Yvvf/uP0zEln8rj7Ph"
    "z8PRDX8gkxnRNy0v+O5hIIU+yjNGxL5loCdN1gQx0PN2CFmPGSKg+fXZIeKdf3Te3xniz5"
    "fQzqc9jknxzl6oBO8N+wBW8EkzEFnQJfvvu97bAlJ/71+f/9K//oHV+leS2lFwqetfS7KM"
    "VhAbMhRvAFvxm27XYZWI36hf3TnB3d5JCYJZLSHB3rUkwTp2LAOuNdmmnMZV05wbxXctDR"
    "o+sI7c1lxbqlUnUe1r2r23ZahmtYRUe9eSVNumIWjSA+KuPKKH7JkgmaEM4SF2d83aGxw6"
    "cmx3+hdXw9EZgPoKkztyOxlcn4HNfWSb+2mZ1n4qbuynaQNgRzMfif80Kd/EZPxCIvAPY7"
    "AU/1OGq8sAm5IaWnuRtzEeX/I7rxznb8N3P1K+x+j26uOAUe8xzyphKnBJGHHM+ccPOa3+"
    "OcIj3A4ZD32VgyXcQvYKOw57NidL+a+T8UjgfSdhKcZ1PKPgf8DAThlPfLu+5t9zl8w4p2"
    "DqYoNi4rzhv/cfyf6nCnNwmhLmCHuUH676f6Q7m/PL8UePMtOhC9u7i3eDj+muHzEyHOpo"
    "jGrtEaH7rHmEsVEutpIoad9Drh8ndd+dvD/5cHx6sgmPNiVFUVG29euslzZMqPtM6XAtQX"
    "IuVpGcJXlmI/7uGqRZdi/YFYpXKJ/iJDLdyQTQN+Efh+itsxfUx8RYB62ggNeb4dVgctO/"
    "+pzoaS76NwN+peuVrlOlP6Rdnc1NwJfhzS+A/xf8OR4N0h3Spt7Nnx3+TNClpkbMRw3qsQ"
    "g9LA1ZS1jdgA7VHITIFnZPYyuwfMO+sQMxdMhJxtJcSZ3fx9Q8XjCFs/tHaOta4koscLSw"
    "Rs17lOdqfAywn367Rgb06MwaPpCT+xa+4bc5wA/+e9jUw9Low494cpDIIZNhaeLfpbUk4Q"
    "XRMNEMTO5fyhS71ZBcshu1lSysI0IxxeiFTPGJnKF/r3VbufrLnL6QpV/N6cGOSFlueM9u"
    "dk1RX5+9tOqu0iWQwIX3Svy3+S+le/KcScN4Ly+eOEyOKc/OHnb6gHnrjkmgATwYmJs28G"
    "s4ABId0CW29R8taNM1mBmYtXXnCDjUtJEOIKsCltBZvkmrU1XeV81jNnr+TDyPKTsB0eaJ"
    "h1Jq+LsCNfxdVg23bDTHTzIMR4g2cly52u31XBrviGRITqJaNyl8WmbK8lQ8Y3mambB0Zq"
    "aV54mJ5dYIoZTWypVWpU+Jv4T26lPoycLsbltYPYlU2lTTtKmMCuk6W33daayydJMtbaMH"
    "5odsY+ckUlm5yVbmmSHSqaIx0Fbzc40blXcW7WZk/qQlsmb4ZNoIL8hvaJ1JThIrigdoAp"
    "Faxopt+LhRZuJNj707e2PkJ2Kc9yfn/YtB57t43qRO3e2zgZ581buTo7zFrh4VaW9eCnag"
    "w5eU38YEAX578Hk4Ahz6IyYAUopWFj0CU9PlSpkJ6BKBqW0+MvbY35AC1oxs1jgAplnpra"
    "J7Viy73d4OLyREN9fF+huOqSdajgVx3i/xf072EcF5wdqxP4TEBwfv1Z9ZJoCJ/CqBDUb1"
    "/FuvE+AkztjnL6W8xTAt1N6qF4WCrklafUvjFNklyMaWDMV+7R3mUdfVL9cubFJI3Rxhs1"
    "zCeoTeIdUWIjqnTI7xzufB6GI4+vkMBPg7Mrk9Px8MLgYXZ8BxZzOEdKTfkU/94SUvmkNs"
    "ID3tuuxH5efP4tpSvXkM0r6VG8fdEgwfd4UM80tJhlfIcZjjLcNwDNJChkvNBh4XzAYeZ2"
    "cDlWwvZl/J9juQ7UtYfZezlgdi5PKyvWUaxvbCfQKtRN0mW3svom7D7PkKNd2GWeDAJd0w"
    "3TtHz41lgovF3HjSeXM2YVEqatUqqsrx2okUoqMHPJPbjmKDaJ3S1C0V/3UL4r9uNv7z+m"
    "HWF5Ic/7B4/5oI1Tqma9mFQqmltXQRSsAQU99eAaNh62KbZvkDsXSpuFZpVa/Byirx8DVY"
    "WSUevk6RqmkmOHSVKlpqnydUJRbiF2hV6bX/zRGs1GrbKruBIyVkqSi1sX1xi6NUFbq8Eq"
    "d2mw9brYk7HPuqoEUFLXs3wYEHLYldrwTHm8R3xSo+5kRLbsZVZsuicFFTgFyDuW2uACRg"
    "bCEyvADnJiFoRoFlmw+sjn0EeGSEvGVPEFwhHcMRcqi3r3be1kWV3z8nqPraCdG8guNO/2"
    "J37HxTsVZTeq+jglgrbrrSK4BimBYuSqllTjv8LCRojkHayHKvV4blXq/gwJCeOpGliOAa"
    "TmRRmoGY/fZqBiraUNFGE0xw4NEG3z02J8gINpUVxxbhvrW1zoV8ja3SXCJo0ynrr3lvze"
    "p97Xhn3gSUsn+/KW++kd78PXt5GfcnrF+Xf9mm6RIWPhtSab8bQBu991pipMNbZM6quig0"
    "fek15v+9HdzyteM++o5c345G3ppz2yWk9JrzO3LeH50PLr2iGefEaMxKdMs2uf+ZY8xPhg"
    "lFW7rEQCkbzjmqLiu+ffO2Xoclj9aL8e3HywH4fD04H06GweanG6ffu+jJaZsTvq4H/Uu1"
    "Gn33OfLIts0cn/sGPQma8QbQBoKLotjBHzeJADazZe+mPV+ORz+H1dP7+KY6DrjmR29l+S"
    "44sS6CNGMPZf6zrdlDmV3izy9hjwjxInMczodQC+/BNnc5I6gwlopDdie51DV2Vn1YHR8p"
    "tiA1DdsdsccHQqzvemrB0ZQoTwAoOuA1D65O1pU46PXRtO8F+qzYD0yA2uCo7OCUEjX5IW"
    "a/vZMfiPhh+jYZk0moSqlrckpdsGnwFmZOIpWVm2zlxNSGpJ3TWGXpJlt6jgl2llt90Cmo"
    "snOT7exa+pZeWRKpvLIGmz1zlmt8Qrr8bHMcpfaWqygnxSM1Z6JHbS4Xz0mJN71EUgp7AD"
    "C6vbzc28LdGRvpXANdu/lbzMUuHxUu3Q0qarZb9syQL0tEAIKzJT9iF5s6ngEKnXvAd0MB"
    "NiRHwOFp6KzXCA70CH/DBrqJHEBMVg1ZzCMDmAL2r8kaWDYNvr6fecES4/0eKdugha0VSj"
    "XixBhvfx3WMLfdmieCttBNOFy3wPcGM2PTfjrSvqtjOiDUzl1KFLta2I1CXk8zzEWpLvQl"
    "GX8qh6+ROXzQm02WGRoihMrjK5HHB232SfgcSZCcgrUwp6/60zICzuRmphKg9s1M1XC+FJ"
    "qbeYe+iDM0IoTK0HhBhsac5sW9Yto3AMX6aznTfacD52GqfWXmYJmHY8qrfXGUUvsqUvs8"
    "UpXa94zaF296zVL7kM03o58gSv33zDlTIlHjqPhoCa+u5viV97hjn5LTNjnwpVLgCzLgn9"
    "PS+AUZtyesr5KzK3eGHMScmrx0VvHqhBikDcHVrtcnqNnmtvmfotnmhqjKl3hqQ3s9QTMq"
    "OAQqVaNwwDb8umzA9iqrLXZfqch8j9Yy3lJQvXXOUg2Sp1olXvMqcWnhvr2KffXrtjFFK8"
    "adm3f0lrhrToDUyrP0Ah1nTWbbJZbHgSoLtTkOYs7qAd9U7BvI24CuyLFJI1vz/exDp9yP"
    "j+7tkzpkvWAnxz2PLhZ65iteTeNd6U72evL9fy1w7MIx0jFtqvkeyTe+7RP7ADb9j9r2qb"
    "HePGOLPaQm6dQnUcq3f9a3T300ZXlOwdqXo1NDFCX08Z/fB+oQ/P3O1fj34eAMrMwHjO7I"
    "5JfxlzPgLM1H9vegPxmP2P8QdExyRwafh5PxBauLLOywYaPTiDjBgjYiVPZLSKJqkp/b9B"
    "0sbEj07bjOgbZB71f6zU7nEmvYTyvmY8oMogmU4roc12sEc3I1hF55WL1FyTKViTjea8iI"
    "YmF9RWaWzGBckuU0DVPU5oiN7moF7RxXoSAlIILscOvUTk2E7jojgJFjo5wUDHFCTIRoRk"
    "oM/73WpMT4qkbWHAX7zkaQLXedbViXUkB5FbvOsl+jvBsWMS124rJIFZI8H5LoLueLsbTK"
    "6WWKRNYUsEWj5U701liLX2KGlJ0WTaFaRH9lzoqB4Fya1yRI0Zql9QGjR2lakyBFa5ZWun"
    "RXUyltKAS0cJgrJVccF8gVx1m5AtpSB+QF1RW5pcilK3a/vHlaYY8QQ9TUHexhqrY6QUjE"
    "p7jBYiGhLWi03XK5fgWpfpkW+yDdYh/qbrEHPYDF0znKhxFxlDrJb+sgomjlSOE5ikXrRp"
    "QBig3QlAQxk2C+bDYvPSy4dFSYHOZXUss1XmmC135Xt+67t6h/TYGOHcuAa02W5zSujV5d"
    "DXQvbNO1pMlOolowU7UDpi3TwfnbiYknWWOQ1uSiVyitOXial7pSeMZNDLXDo23CcfJgT7"
    "YRHQgqXkshOgNUhX/8y+bp3nmTSOK+IEIoQvNCOr7wSuueLKXmm5MwNedcYs7Z24R3y2M7"
    "0li1kK7JC+nUBhvi7kttsFGfNjOBK8t7bZFCE1Q4KqHTaI5Xtwa55uvmJ3yBhbX1b0rCOQ"
    "QJJ2m38lZI4pT8u7X+Lj+gtHYgOdyBI+sv7DpGbJotVZDYQEIb4tr0kY1nyzyfJrhS6MzA"
    "qE5jppxei7Pyws9Z7IY8INuRPF4iBmnjfFKvV0Z27/XEsju/lvI12EclwXBQvYXs1nMOt7"
    "+MIMuweMlNDLL7NTf78eQqW12z18Hs+/8ByPw84Q=="
)
