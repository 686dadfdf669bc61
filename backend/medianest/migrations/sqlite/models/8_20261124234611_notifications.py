from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "notifications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* REQUEST_APPROVED: request_approved\nREQUEST_DECLINED: request_declined\nREQUEST_AVAILABLE: request_available\nDOWNLOAD_FINISHED: download_finished\nDOWNLOAD_FAILED: download_failed\nSERVICE_DOWN: service_down\nSERVICE_UP: service_up\nANNOUNCEMENT: announcement */,
    "title" VARCHAR(300) NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    "link" VARCHAR(500),
    "created_at" TIMESTAMP NOT NULL,
    "read_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_notificatio_user_id_bf5d2b" ON "notifications" ("user_id", "id");
CREATE INDEX IF NOT EXISTS "idx_notificatio_user_id_87be33" ON "notifications" ("user_id", "read_at");
        CREATE TABLE IF NOT EXISTS "notification_preferences" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* REQUEST_APPROVED: request_approved\nREQUEST_DECLINED: request_declined\nREQUEST_AVAILABLE: request_available\nDOWNLOAD_FINISHED: download_finished\nDOWNLOAD_FAILED: download_failed\nSERVICE_DOWN: service_down\nSERVICE_UP: service_up\nANNOUNCEMENT: announcement */,
    "in_app" INT NOT NULL,
    "channels" JSON NOT NULL,
    "user_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_user_id_38cca5" UNIQUE ("user_id", "kind")
) /* Per person and kind: shown in the app, and sent by which outbound channels. No row means */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "notifications";
        DROP TABLE IF EXISTS "notification_preferences";"""


MODELS_STATE = (
    "eJztXVlz2zi2/issvdyeKncqkZdkXFO3SpaZtDqypNaSzEycYkEkZKFNAWwudnzn5r8PwE"
    "XcaUIWKYrGQ6dlEAeivgOCZz//6WyIBnXrzcKCZudS+k8Hgw2kH2LjJ1IHGEY4ygZssNTd"
    "iQ6d4Y6ApWWbQLXp4AroFqRDGrRUExk2IpiOYkfX2SBR6USE78IhB6O/HKjY5A7aa/dGvn"
    "2nwwhr8Ae0gj+Ne2WFoK7F7hNp7LvdccV+MtyxK3Q3wPZHdy77wqWiEt3Z4HC+8WSvCd4S"
    "IGyz0TuIoQlsyL7BNh32C9gN+r80+FHezYZTvLuM0GhwBRzdjvzipRKOdRRlNJ4rM3muKB"
    "0OjFSCGb70Vi0XgDt2C7/+vds9PX3ffXt68eH87P378w9vP9C57v2mL73/6d1MiJa3lIvZ"
    "4NNgNGc3RCgTPdaygZ8uDbCBR+UyI0Tf0OEPhZcFEaLn+RCgHmGED/Pr40OIO3vo3M8p4P"
    "trYGbDHqVJ4E5/UAncG/YAbMAPRYf4zl7TP9+dvy0A9Utv2v+tN/2FzvpbHNqRf6nrXYuj"
    "DDcA6TwQbwl2wje5r4MpIb7huVo7wN3zsxIA01m5ALvX4gBryDJ08KTwbuUk3X62c6Pwrm"
    "RDgwd6kJuKY3Lt6jhV+7b2+dsyUNNZuVC71+JQm0TP2dIydjYu0AN6TwCrMAV4QFvftnZf"
    "Dh0+tDu965vB6FIC2gbhW7yYydNLabsO73a/KLPbL/I3+0WSAchSyCP27iYhmxCKL8A58m"
    "GELIH/ktJVxYDtSAW7vUjaGI+HbOWNZf2le+JHQvYYLW6uZAq9izydhOwckYQCR4V/9JCx"
    "658DPKSrEfFAVjlawA1obpBl0Xuz0pD/PhuPcqTvOFkCcQ2ptvT/ko6sMpL4bmfNP1YOVh"
    "mm0tJBuo2w9YZ93/9ynj/7YAeDKcaO4ET55ab3z+Rh0x+Or1zIiGXfme4q7gJXyaMfUjAs"
    "21Io1MojhPdp9uTqRpm0e9GSDv3K9fSk7ruz92cfTi/OturRdqRIK0rvfo2e0joBmoeUBp"
    "44QM6kFSCnQVZNyH67Auw0utf0io02MBviOGXykPFJ3wQfjlFapz9QG2P9yd8FBbjOBzfy"
    "bN67mcROmuveXGZXuu7oU2L0l6Sos11E+jqY/yaxP6V/j0dy8kDazpv/u8PuCTg2UTB5VI"
    "AW0dCD0QC1GNd1YNmKBSHege9J2j1wvmHP2JEwOsAkxWlmSV3dR6x5bGAJ1PtHYGpK7EpE"
    "cTSQYpN7mCVqXPm0Hz9PoQ5cONOM983JPQPN2TJH+MD/DLZ6MBo++CFOFswTyHhQmnmrtB"
    "YkdIcVhBUd4fuXIkWXGuAhXaitYCENYhvZCL4QKebIGXhrPbUVqz/J8oUo/U6WR/tGKsZm"
    "AzUElEC9eBlKN2ytqbdUW/eSBlX66GnKVld4GWTX/jIt3V31o3SUmwoTG62Q6qLwQqhGka"
    "VeA1yKYcIVNCFWX/omjCI32S7aJgyZRE+6JE/Gj18K4SYP0KSqm2kqQFWJgzOUvwDnMYZz"
    "Qv95Hu1xsGgvXLMlByADddPdJGDeAAzu3LtkyzHipO6TEWYT1YvyQ23iWtiz8TadnmRQ8A"
    "kGuuSSSStiSt4MSwJYk+w1MrVfDWDaT5KqIyodWieSZRMTahKgU6Q1sNZvkv6cfa4rIn8a"
    "HXGSH/nD67Jvs6u+lP/4XYH/+F3af8xed+gHD8IhRRsx3rt/2D25FHYQ8YAcp2pdGNVFmS"
    "Cfi/wYn4tUiI+lEiNLYst3UIYUwje5d9+k8OjkPwnt9ejAHwaiq+3A9Til8OY0zZuT8ts5"
    "1k5Pd5JWcLrJnDbhA5VDduFznFJwuclcZrGU3MkVEaKdIloa91auTdtNOcbjnEiz4SMxIb"
    "rDn+FTKpw33wd3hCzIM4DRYRM8bi0z0a1Hfzv9xdALXez3Zv3etdz5mR9pwGWx5LS7TXT4"
    "w/MTdzIsb5GrJ0W2NzdpyfdclzS/jTGU2PLSZDCSGOmvCEvAtuHGsE+kJXGYpYxI9hpKS5"
    "M8UvToZ2BLdBuZdHNIyE6b3va05p7NbovF4JrD6OY4SHvDaKrRliNKnPtN7J+zQ2hwrrJ2"
    "6r1Coi8H96c/k1iHMH9e3ZZGnPw7Z9YxEFX6+HNZ3iI0LbS97d8o5B9N3Na3JJ0AuwTYyO"
    "CB2JtdY+ZRVedy5YZNG9hOhmGzXIpXSF0j1AbEGoOMD/HORB5dD0afLiWf/hbPFv2+LF/L"
    "15eS5agqhBrUbvHH3mDIhlYA6VBLii6HsfKze3FMrtM8QtK+XMfTbgmET7u5CLNLcYQ30L"
    "Ko4M2DcISkhQiX8gaeFngDT9PeQGG2z0dfmO1rMNuX4HqdXssjYXJ5s71BdH13w32MWhh1"
    "m8ztgxh1G8bPV2jTbRgHjtykGyRIZdhzI7lT+cbcaJpWc8qWCSvqvq2oIsarFlOIBh+Qyl"
    "fAaUvROktTt5T+1y3Q/7pp/c89h+lZmBWTX1zxLaRqHdKV1G0S1tJKjghhwMiHvr0GjIZV"
    "kmga54+E06X0WmGreg1cFoGHr4HLIvDwdRqpmsaCY7dShcVpsgxVsdI1BbaqZLWc5hisRL"
    "btPo+BE2HIElpqY8/iFmupQnV5JULtLg+2yIk7Hv4KpUUoLQdnwZErLbE6kRlqS7KOZHFj"
    "MCVevrJMyaIgqcmnfJJWJtlIAEtjA+LBtdQnGEPVlgyTPNA55onENCPopj0ByS1NOIKW7X"
    "aiyCpdtPf1M5Sqb52Amk2wnOWfdMXOd6FrNeX0OinQtaKsK50BFKFpYVJKJT7t4LHggDlC"
    "0kaUz8/LoHx+XtBi61z0MCsCuIIeZsJmkI9+e20GQtsQ2kYTWHDk2gart56hZPhl2PN1i6"
    "DSe6W+kG+RLM01BKa9pOc1O63pvG8dt0ucDyn997uQ5hspzd/TH88j/gTzq5Iv2+Quoeqz"
    "zhX2uyVoo/ReiY50fEnmdKoDA9aXzjH/YyEvWO64R32Lp4vRyM05Nx2MS+ec3+J+b9SXh+"
    "6QyjDRG5OJbpiEyZ8ZzPyoE5BX0iVClODhilFVxcW3b95WK7BkwXo9XlwNZWkylfuD2cAv"
    "froV+t2Lrjlt2xNzKveGIhu9/hh5aJokQ+aewx8523hL0AaAi7RY+Z/zmAKbKtm73c/D8e"
    "hTMD1ZxzdxcICnoCdKHO+CHq8hSTNqKLOvbU0NZXqJ3T8HP0KKF7HjeB6ESnD3y9xlvEFz"
    "dakoSX0ml6renftu78reFDuAmiSrD9jTIwHWEz2DbmswywBQ1BI9i1z0oudojf5IzPsc+2"
    "y+HBgjaoOgUkOXEuH8yEe/vc4PiD01fZeIyTipCKlrckidXzR4BzbHKQWXm8zlmGuDk89J"
    "WsHpJnN6hTCy1js90AlSwecm89kxtB2lsjilkMoazPZUt9yoQ7q8tzlKJWrL7SkmxQU1w9"
    "EjistFY1KiWy8WlEJvQBothsOiqJRD9h4/Erz5+kDzJjerVBpwdDh1ssvwRS6fFKY3+xMV"
    "0ynbV+XrGmIJAnXN2hAjoiFVsoF1L7GKMZIJ8IlksVB9erL6TU+C7zAljUBLwoROgwaVWi"
    "VkS/RfQh/CdKpAdV/zgjTsw7bdbVDy7x7NWfnBQ24NIroxdy1fFJK2UJQ6XtHJk5hT7+/D"
    "hED2HA3ZMrbNzHSryNXCYxSweYpO7kodoS+JihRxjo2McwRqIN6UfTWEFCLWsUSsIzDpI+"
    "FhxAFygqyFcY/77yjiY8bnvYsRtc97V0EPLrgiWY1x8qNYQgoRxfKCKJaVnWUbyId9SyBQ"
    "fy1972t9cR6nRbSMn5pKOITfIhqlEhbRPVlEXVCFRfQZi2h063FbRCu19kGTFeyfQdv2fm"
    "dG343YjJPi9hvuXMXyJh+wqqEwp23zBEqlCRRkCTxnS2MXeMSeYL4IYN+7MGRBKtRkhfzm"
    "Z3BESNqgXNWdwyE88m2TP/M88g2xKg/R0gTmU581BlTtnF5Z6UmFr23dm842pz+/dFGviQ"
    "5/SCGdBLAm0Xe1RPcp3RvSPXyyJLKSkG3R/+DGOpEQdon+h46bWnYlr/0sKizeDdYoigQK"
    "j80KZTOPBBenap0ct39rrOU9Xbw4J8ja52KowO4tyilUnLhsOZsNMDP2cYHgG5K0oM1X3X"
    "KvvXY2S64tHRC0QcuooTE8E2zYGZuhzOWr1jGiZujX7Ptao19TDSFH1yu0O0eoWpOrXIuM"
    "WE7PLqzMV6RlC/R5bP4H1Xdnzyq7Mx5N1+JRc0VQ1VFu4JMCFZNT5xFKpVB1doC3kspx3I"
    "Fq7Y1Q238tN1eAVomT1Y47/2iOEbVGxthb0RTrCau7JZtHCUVmanMcIumIHJ9V9BnIKkpf"
    "JNgkKVvz/LweGd3tnTKgp2AnQzwPLxZK5hs2TXHdOZUL5d+SRuzgHWkR01Y8ieQ7KwUd1d"
    "xFKejGSvPCYSQcRq1COl/Gf7429DHI+52b8ZeBfCltyAOCt3j22/jrpWStySP9LPdm4xH9"
    "CwKL4FssTwaz8TWdCw1k0ddGpxF6ggFMiG3eJyFOVZEjpE3PwZ0JsLYb1hmkLfQ8CfvN8b"
    "mqQxmT5yUaoxJYl8P6CYKM3IRcqTyY3qLkkL0ZcdyfwWMUC+YLMNNg+u8lXkyTZALaDGOj"
    "iATKtypWEQlEwTEhV5RKSCFCVIrZsUsPAxCkacXZUdCLJiTZsRNNw46UAsj30YmGfpvNju"
    "E8pPOFuDSlUEmeV0k0x3QrvCmbrEJwBUbWBGGL3pY1B1+pa0Qped2iCaoWwb83YUWHYMWN"
    "a5xIwJqG9QHBR25Y40QC1jSsIua74phvYGZs2II6X2bWVhXgZoNrb+h6WX7a3BMhQlHRcX"
    "AAV+3+DEJ5eOZvWJQLaAs2bbdcrF9BqF9qxz5w79iHqnfsUb/Ajil9o3VKxLFlcLSCAU0J"
    "ECMYsTJRWeFh/qWTwuAwb5JI13ilAV6HreZ06NOi+pwCDVmGDp4UXpyTdG2U6iqA+84kjs"
    "ENdpyqBZ6qGpA2iIWyy2fnO1kjJK2JRd+jac1Cy6zQlcK+txGqGtvdBu/Jo+12a9nAdnga"
    "OIcEQv3LiLpg4d5ZTqT8syCkEIBmqXQs8Urpnq25/M1xMuFzLuFzdpvO7NjKM0krEumanE"
    "gnCkrmH1+ioGR1tpkZ2Bjuz86z0PgTTkrYaRTLnVuBuebb9is8Awvd69+FCecYTDhxvpXn"
    "QpxOmH93tr/zv1Ba+yI53hdHWl6oW0dsGi+FkthAQJsi2rCaAlNIYbXsTMkmer1YsHGrE5"
    "je1DoKFDjWtoNypE+RW5QgEpbi3Za73URtgobKPSGLUlzIt/XHqVroxvpQwtb/IdfS/+Hw"
    "wV2Ng3ffwZ4iEbjigESRnLo/oY0K1fR9aQA7wxJdUI8hTia816V8ql5lDq6MvwiJSPmLaZ"
    "b7SPlD1tk9p0M2IKnRG7sdOVp3LCY2XxSSP791oRrV1MXIMWSUq3qUa9WoEm061YEaJ+ad"
    "PxbyQr6+lDzqWzyRR9eD0adLyYBYo0y4xb3JZDr+wuZQjdQkD2zWtdwfDkZsTIOqjrBLOR"
    "335dnMIzaJCi3LpZ/0pvNBbzj8l9L70hsMe1dDmU4Apo2Arj8p4AEg94fTbwqvR0Y/0kH2"
    "TSs64v8+3hdPma7W3fyu1t1UV2v/V1MdnL1KeB7DNGX7XvSVPJHQNLNau+YjvSUQAJcCmD"
    "7ZpgUpatxekSTlXpSCV2OtOdbu4cLb/rzTpEz7cBFj0Tau58VYxCsDLTfI3o3vSVoRQ9Uc"
    "Rmc836HzhCPPLCRqk0H4EElmcU6k2fCRmBDd4c/wKaXUJaD3HXULf5kjY8HPYI8Fo+Fjb4"
    "LHrasuuvXob6e/GHomiH5v1u9dy52fh3GfjgMhs6d6dTEyXKipOSdFbtRQbAXe9ANm9DXj"
    "kHg1Mne+h/TAWlDTDo0jSQ5+7owfYzgn9J+KT/iDPj/VnO8vOrOvySPWCYgfdclrhWe05s"
    "+qI8qFftUWGdZfg4W3hJbcYCQ6KxoMIyJeGnmeB1VqOZkQI2tPvZ2aDVr39Mfu6kMJaGv0"
    "oDwgDRJeB8qXwbU8vpRc2ls8Gfb+NRzM5pcSS0UPHMmHbxHhmBmNsPJt5/70FgbPdN+WjU"
    "IoDENIOwwRnzs2mN9CiC/KuNsu8t1tFyl3m/twcZb3itK0zwNUSSyNF+fJ2dokRtS6LjLd"
    "8/MyOJ+f5+PMrsVxXhFdy9JS8kEOKVoXvlFNeUURL1qxt1hdA4whl1ARIWnfgVzJNo7eWQ"
    "ro/BYSCbI2gF3kEKqij8S2WjtP7lWcSIRG5xRtxgDpCqdCkiJsw6auRzP5ywE6snNkuuf1"
    "8Ah5jbLH0k+C49HEr2SmdzNKqoe/e/vhLVXC2f/oX++77A/6L/185l44Y+O9xfWA6u7A0R"
    "DZRU/fc94Q68hBvylPNHyeV7EFauTWxjjjZdbN5OxSonS3+ObzF/rp/uEWf5Wvbi6lR7jc"
    "0NHJKbt+Sj+d9einM9AABr2aqGA/CljxYn97w204sOLFAAP9Ficjh6eL0cgN/jUdjN3I3/"
    "74ZjKU52ySSlgNDpvNi8fz0lm9UV8eukMqw03XsyOMd+H//stgG2tg7dwNd0tc4wZ4BCjo"
    "78OzA772BnOXmz79LaZy07TX9wap6MkcMe749fjraDjueVHjgb/Gi/zOiQhn/XbZGGu4y/"
    "6e0S3gbR2L7gDsrzqS2XK4KT12TcKCgjIe/oLaYlGiHSuL7cT0t2+qquBYAOs+KosF2wdq"
    "yvLJzmrkVthiKYO6NUUza3bd2MQG+i5MSBC2SAuqmQOWAdlGNviOnBiVqGZY4syBNuDS8r"
    "fzW7S196bgQ2ybT9zdrhJU9Z3Z744E1q34zN/3Lk3Zmlfi/lqx2DbcGDbPKRAlEYCmjgGW"
    "e0fR0nZWleIrNNja11mMInmrDo5krk7l2Xw66LsKMFUDKAtUVwO+oqtdDcf9z+zCktjKUi"
    "fqPbsykudfx9PP9D6g/UjM+1s8H4+VYW/6ia5tE6LowLyD/uiYaUzuIHG1qMFcdm+0NxyO"
    "v7KlWYyBgun6QNfJI1t/MZotJpPx1L0lB1uOYRDTvafZvOfp4JQfngY+m4+nPfa9lk3FFP"
    "atlM/ydMSsAXTfQBMDvRk6ubdXNlTRorfJY1VOETZ4n+1oVX5Xzqr8rsiq/C7DqrxCOuQu"
    "cRIjElhzYW2h/8tqdFCgicXIWiSs1qyHiVz/2oMLTLhhdSZ2SI2MU4rEyCYnRop09/xn7D"
    "gTn8uku1P50twx7TlGKZ7tJj/bK4SRtd6JzQlSwecm81kUr2jbGZ7B9lTxCirYIs/Lxp1Y"
    "lSIVismuismfJLvKcBH8IY3AfVfcoxmgHOnhESqRGv6y1PAELzIcpKKmRyznO7r5spO+Ew"
    "fLHiD93VvluE6UsoCG52gMTvr10mgxHHZyXpf17dQjxTUlHuTAe5gaNCNioxVSgf/rUzUN"
    "YtdPiuoa4MjMmjt4BIUMIkNMUhVFDA4tYeQXMTiuPPodfKhT+Y8FVUqUsNaw391GCWsOB3"
    "PCyOBgTliDeLtO6JHdLhT6ZYOIVeXjYDSY/eYGGfuhg0pgfYjO8gOWwzl+5PJMnn4Z9GWF"
    "zbyU6OP0gFSosGnhtcUkvOIYt7g3Go0Xo758I4/mlxLAmDiUaxuIdyoUcNotk3TWzc8564"
    "rMybqT+pZE40qwDua3LvO3KncpPQsyOhDkAxzMF865cpm/wm3TMpNfGbdNICJysjxCJgz5"
    "zbHoZhjyG1GA8tDPbxNMWqJKbRlDQUOr1EYtABMTrqAJGZeesRVEZp6UtRooxpaonAGhM4"
    "GmZEDTIpjqHZrEFEOqm6ypuiIhLNlryBq8nLjXLKqPSMsn6XGN1LVEHHtJ1RRN8it4WG+k"
    "EZFM8ihtIPDMF1HGVvZFt5jR+lvOkn6JLoZJivpvbzonmdaRb9tnzFWORc/2xhyLJ8IIIo"
    "wghzeCIMwgz3jYC7vYbYlq7GMXHANH28YuOOnTYOc3cIzSiA6OMUbso4OjUAWEKtAEFhy5"
    "KtCDJpVps0R//0qhqA/COQdpSMHVvrxlgu4L0yDzRVjWISKzll9BGduQpMnC644G6krKq2"
    "aKbvkIZwttbUD3XVn/SpF7JatIGcxKQS+Q10KS+sW1w9h/9yaYpaSDOl9mP/8LM9WCQA=="
)
