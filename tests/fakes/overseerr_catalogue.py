"""A deterministic, TMDB-like catalogue for the fake Overseerr: a few hundred movies, shows and
people with TMDB-style ids, poster paths, dates and overviews. Search and the detail pages of the
fake read from it; nothing here talks to the network."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

POSTER_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

MOVIE_GENRES = {
    28: "Action",
    12: "Adventure",
    16: "Animation",
    35: "Comedy",
    80: "Crime",
    99: "Documentary",
    18: "Drama",
    10751: "Family",
    14: "Fantasy",
    36: "History",
    27: "Horror",
    9648: "Mystery",
    10749: "Romance",
    878: "Science Fiction",
    53: "Thriller",
}
TV_GENRES = {
    10759: "Action & Adventure",
    16: "Animation",
    35: "Comedy",
    80: "Crime",
    18: "Drama",
    10751: "Family",
    9648: "Mystery",
    10765: "Sci-Fi & Fantasy",
    10768: "War & Politics",
}


def _digest(*parts: object) -> bytes:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()


def image_path(kind: str, ident: int) -> str:
    """A TMDB-looking relative image path such as ``/aB3xZ....jpg`` (27 characters + .jpg)."""
    raw = _digest(kind, ident)
    return "/" + "".join(POSTER_ALPHABET[b % len(POSTER_ALPHABET)] for b in raw[:27]) + ".jpg"


def _number(ident: int, salt: str, low: int, high: int) -> int:
    return low + int.from_bytes(_digest(salt, ident)[:4], "big") % (high - low + 1)


@dataclass(frozen=True)
class CatalogMovie:
    id: int
    title: str
    release_date: str
    overview: str
    genre_ids: tuple[int, ...]
    popularity: float
    original_title: str = ""
    original_language: str = "en"
    runtime: int = 110
    tagline: str = ""

    @property
    def poster_path(self) -> str:
        return image_path("poster", self.id)

    @property
    def backdrop_path(self) -> str:
        return image_path("backdrop", self.id)

    @property
    def imdb_id(self) -> str:
        return f"tt{_number(self.id, 'imdb', 100000, 9999999):07d}"

    @property
    def year(self) -> str:
        return self.release_date[:4]


@dataclass(frozen=True)
class CatalogSeason:
    id: int
    season_number: int
    episode_count: int
    air_date: str
    name: str


@dataclass(frozen=True)
class CatalogShow:
    id: int
    name: str
    first_air_date: str
    overview: str
    genre_ids: tuple[int, ...]
    popularity: float
    tvdb_id: int
    seasons: tuple[CatalogSeason, ...]
    original_name: str = ""
    original_language: str = "en"
    in_production: bool = False

    @property
    def poster_path(self) -> str:
        return image_path("poster", self.id)

    @property
    def backdrop_path(self) -> str:
        return image_path("backdrop", self.id)

    @property
    def imdb_id(self) -> str:
        return f"tt{_number(self.id, 'imdb', 100000, 9999999):07d}"

    @property
    def year(self) -> str:
        return self.first_air_date[:4]

    @property
    def regular_seasons(self) -> list[int]:
        """Season numbers without the specials (season 0), as ``seasons: "all"`` expands."""
        return [s.season_number for s in self.seasons if s.season_number != 0]


@dataclass(frozen=True)
class CatalogPerson:
    id: int
    name: str
    popularity: float
    known_for: tuple[tuple[str, int], ...]  # ("movie" | "tv", tmdb id)

    @property
    def profile_path(self) -> str:
        return image_path("profile", self.id)


# Well-known titles at their real TMDB ids (facts only; overviews are written for this fake).
_KNOWN_MOVIES: list[tuple[int, str, str, tuple[int, ...], str]] = [
    (603, "The Matrix", "1999-03-31", (28, 878), "A hacker learns his world is a simulation."),
    (550, "Fight Club", "1999-10-15", (18,), "An office worker and a soap maker start a club."),
    (27205, "Inception", "2010-07-15", (28, 878), "A thief steals secrets from inside dreams."),
    (155, "The Dark Knight", "2008-07-16", (28, 80), "A masked vigilante faces an agent of chaos."),
    (680, "Pulp Fiction", "1994-09-10", (53, 80), "Several Los Angeles crime stories intertwine."),
    (13, "Forrest Gump", "1994-06-23", (35, 18), "A kind man drifts through decades of history."),
    (
        120,
        "The Lord of the Rings: The Fellowship of the Ring",
        "2001-12-18",
        (12, 14),
        "A hobbit sets out to destroy a dangerous ring.",
    ),
    (
        671,
        "Harry Potter and the Philosopher's Stone",
        "2001-11-16",
        (12, 14),
        "A boy learns on his eleventh birthday that he is a wizard.",
    ),
    (
        672,
        "Harry Potter and the Chamber of Secrets",
        "2002-11-13",
        (12, 14),
        "A second year at school brings a hidden chamber to light.",
    ),
    (
        673,
        "Harry Potter and the Prisoner of Azkaban",
        "2004-05-31",
        (12, 14),
        "An escaped prisoner seems to be hunting a young wizard.",
    ),
    (157336, "Interstellar", "2014-11-05", (12, 18, 878), "Explorers travel through a wormhole."),
    (11, "Star Wars", "1977-05-25", (12, 28, 878), "A farm boy joins a rebellion in space."),
    (329, "Jurassic Park", "1993-06-11", (12, 878), "Cloned dinosaurs escape in an island park."),
    (862, "Toy Story", "1995-10-30", (16, 35, 10751), "A toy cowboy feels replaced by a new toy."),
    (238, "The Godfather", "1972-03-14", (18, 80), "A crime family's patriarch hands over power."),
    (278, "The Shawshank Redemption", "1994-09-23", (18, 80), "A banker serves a life sentence."),
    (597, "Titanic", "1997-11-18", (18, 10749), "Two passengers fall in love on a doomed liner."),
    (19995, "Avatar", "2009-12-15", (28, 12, 14, 878), "A marine is sent to a distant moon."),
    (24428, "The Avengers", "2012-04-25", (28, 12, 878), "Heroes assemble to stop an invasion."),
    (194, "Amélie", "2001-04-25", (35, 10749), "A shy waitress in Paris quietly helps others."),
]

# id, name, first air date, genres, tvdb id, episodes per season, has specials, overview
# fmt: off
_KNOWN_SHOWS: list[tuple[int, str, str, tuple[int, ...], int, list[int], bool, str]] = [
    (1399, "Game of Thrones", "2011-04-17", (10765, 18), 121361, [10, 10, 10, 10, 10, 10, 7, 6],
     True, "Noble families fight for control of a continent."),
    (1396, "Breaking Bad", "2008-01-20", (18, 80), 81189, [7, 13, 13, 13, 16],
     True, "A chemistry teacher turns to making drugs."),
    (66732, "Stranger Things", "2016-07-15", (18, 10765, 9648), 305288, [8, 9, 8, 9],
     False, "A small town confronts secret experiments."),
    (1668, "Friends", "1994-09-22", (35,), 79168, [24, 24, 25, 24, 24, 25, 24, 24, 24, 18],
     False, "Six friends navigate life in New York."),
    (2316, "The Office", "2005-03-24", (35,), 73244, [6, 22, 25, 19, 28, 26, 26, 24, 25],
     True, "Employees of a paper company are filmed at work."),
    (60059, "Better Call Saul", "2015-02-08", (18, 80), 273181, [10, 10, 10, 10, 10, 13],
     False, "A small-time lawyer becomes a criminal's attorney."),
    (94997, "House of the Dragon", "2022-08-21", (10765, 18), 371572, [10, 8],
     False, "A royal dynasty tears itself apart."),
    (100088, "The Last of Us", "2023-01-15", (18,), 392256, [9, 7],
     False, "A smuggler escorts a girl across a ruined country."),
]
# fmt: on

_KNOWN_PEOPLE: list[tuple[int, str, list[tuple[str, int]]]] = [
    (6384, "Keanu Reeves", [("movie", 603)]),
    (287, "Brad Pitt", [("movie", 550)]),
    (6193, "Leonardo DiCaprio", [("movie", 27205), ("movie", 597)]),
    (17419, "Bryan Cranston", [("tv", 1396)]),
    (10980, "Daniel Radcliffe", [("movie", 671), ("movie", 672), ("movie", 673)]),
    (1223786, "Emilia Clarke", [("tv", 1399)]),
]

_ADJECTIVES = [
    "Silent", "Crimson", "Hidden", "Broken", "Golden", "Distant", "Frozen", "Electric",
    "Midnight", "Forgotten", "Burning", "Hollow", "Scarlet", "Endless", "Wandering", "Savage",
    "Quiet", "Iron", "Velvet", "Shattered",
]  # fmt: skip
_NOUNS = [
    "Harbor", "Protocol", "Kingdom", "Signal", "Orchard", "Frontier", "Mirror", "Empire",
    "Garden", "Horizon", "Cipher", "Canyon", "Lantern", "Archive", "Voyage", "Tide",
    "Station", "Covenant", "Meridian", "Fortress",
]  # fmt: skip
_SHOW_NOUNS = [
    "Files", "Chronicles", "Diaries", "Precinct", "Hospital", "Family", "Academy", "Society",
    "Island", "Company", "Detectives", "Frontier",
]  # fmt: skip
_FIRST_NAMES = ["Ava", "Liam", "Maya", "Noah", "Zoe", "Omar", "Ines", "Kai", "Lena", "Theo"]
_LAST_NAMES = ["Hart", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Quinn", "Adler", "Reyes"]

_PLOTS = [
    "A {role} uncovers a secret that could change {place} forever.",
    "When a storm cuts off {place}, a {role} must hold a fragile community together.",
    "A retired {role} is pulled back for one last job in {place}.",
    "Two rivals from {place} are forced to work together to survive.",
    "A young {role} discovers a talent that puts everyone in {place} at risk.",
]
_ROLES = ["detective", "pilot", "archivist", "nurse", "smuggler", "teacher", "engineer", "thief"]
_PLACES = ["a border town", "the old city", "a mining colony", "the capital", "a quiet village"]

GENERATED_MOVIE_BASE = 700000
GENERATED_SHOW_BASE = 800000
GENERATED_PERSON_BASE = 900000


def _plot(ident: int) -> str:
    return _PLOTS[ident % len(_PLOTS)].format(
        role=_ROLES[(ident // 3) % len(_ROLES)], place=_PLACES[(ident // 7) % len(_PLACES)]
    )


def _date(ident: int, first_year: int = 1975, last_year: int = 2025) -> str:
    year = _number(ident, "year", first_year, last_year)
    return f"{year}-{_number(ident, 'month', 1, 12):02d}-{_number(ident, 'day', 1, 28):02d}"


@dataclass
class Catalogue:
    movies: dict[int, CatalogMovie] = field(default_factory=dict)
    shows: dict[int, CatalogShow] = field(default_factory=dict)
    people: dict[int, CatalogPerson] = field(default_factory=dict)

    def media_type_of(self, tmdb_id: int) -> str | None:
        if tmdb_id in self.movies:
            return "movie"
        if tmdb_id in self.shows:
            return "tv"
        return None

    def search(self, query: str) -> list[CatalogMovie | CatalogShow | CatalogPerson]:
        """Every entry whose title (or original title, or name) contains all words of the query,
        case-insensitively, most popular first (TMDB's multi search order, roughly)."""
        words = query.casefold().split()
        if not words:
            return []

        def matches(*names: str) -> bool:
            hay = " ".join(names).casefold()
            return all(w in hay for w in words)

        found: list[CatalogMovie | CatalogShow | CatalogPerson] = []
        found += [m for m in self.movies.values() if matches(m.title, m.original_title)]
        found += [s for s in self.shows.values() if matches(s.name, s.original_name)]
        found += [p for p in self.people.values() if matches(p.name)]
        found.sort(key=lambda e: (-e.popularity, e.id))
        return found


def _show_seasons(
    show_id: int, first_air: str, episodes: list[int], specials: bool
) -> tuple[CatalogSeason, ...]:
    first_year = int(first_air[:4])
    seasons: list[CatalogSeason] = []
    if specials:
        seasons.append(CatalogSeason(show_id * 100, 0, 3, first_air, "Specials"))
    for number, count in enumerate(episodes, start=1):
        seasons.append(
            CatalogSeason(
                id=show_id * 100 + number,
                season_number=number,
                episode_count=count,
                air_date=f"{first_year + number - 1}{first_air[4:]}",
                name=f"Season {number}",
            )
        )
    return tuple(seasons)


def build_catalogue(generated_movies: int = 240, generated_shows: int = 90) -> Catalogue:
    """The same catalogue every time: the well-known titles plus generated ones."""
    cat = Catalogue()
    for index, (mid, title, date, genres, overview) in enumerate(_KNOWN_MOVIES):
        original = "Le Fabuleux Destin d'Amélie Poulain" if mid == 194 else title
        cat.movies[mid] = CatalogMovie(
            id=mid,
            title=title,
            release_date=date,
            overview=overview,
            genre_ids=genres,
            popularity=round(150.0 - index * 3.5, 3),
            original_title=original,
            original_language="fr" if mid == 194 else "en",
            runtime=_number(mid, "runtime", 85, 175),
            tagline=f"{title}: the tagline.",
        )
    for index, (sid, name, date, genres, tvdb, episodes, specials, overview) in enumerate(
        _KNOWN_SHOWS
    ):
        cat.shows[sid] = CatalogShow(
            id=sid,
            name=name,
            first_air_date=date,
            overview=overview,
            genre_ids=genres,
            popularity=round(140.0 - index * 4.0, 3),
            tvdb_id=tvdb,
            seasons=_show_seasons(sid, date, episodes, specials),
            original_name=name,
            in_production=sid in {66732, 94997, 100088},
        )

    combos = [(a, n) for n in _NOUNS for a in _ADJECTIVES]
    movie_genres = list(MOVIE_GENRES)
    for i in range(generated_movies):
        mid = GENERATED_MOVIE_BASE + i * 13
        adj, noun = combos[(i * 37) % len(combos)]
        title = f"The {adj} {noun}" if i % 3 == 0 else f"{adj} {noun}"
        if i % 11 == 0:
            title += f" {2 + i % 3}"  # sequels
        cat.movies[mid] = CatalogMovie(
            id=mid,
            title=title,
            release_date=_date(mid) if i % 29 else "",  # a few without a date, as on TMDB
            overview=_plot(mid),
            genre_ids=(movie_genres[i % len(movie_genres)], movie_genres[(i * 5) % 15]),
            popularity=_number(mid, "pop", 100, 60000) / 1000,
            original_title=title,
            runtime=_number(mid, "runtime", 80, 160),
        )
    tv_genres = list(TV_GENRES)
    for i in range(generated_shows):
        sid = GENERATED_SHOW_BASE + i * 17
        noun = _SHOW_NOUNS[i % len(_SHOW_NOUNS)]
        name = f"The {_ADJECTIVES[(i * 3) % len(_ADJECTIVES)]} {noun}"
        if i >= len(_ADJECTIVES) * 2:
            name += f" ({_PLACES[i % len(_PLACES)].split()[-1].title()})"
        first_air = _date(sid, 1990, 2024)
        episodes = [_number(sid * 10 + n, "eps", 6, 22) for n in range(_number(sid, "ns", 1, 7))]
        cat.shows[sid] = CatalogShow(
            id=sid,
            name=name,
            first_air_date=first_air,
            overview=_plot(sid),
            genre_ids=(tv_genres[i % len(tv_genres)],),
            popularity=_number(sid, "pop", 100, 50000) / 1000,
            tvdb_id=400000 + i,
            seasons=_show_seasons(sid, first_air, episodes, specials=i % 4 == 0),
            original_name=name,
            in_production=i % 5 == 0,
        )

    for pid, name, known in _KNOWN_PEOPLE:
        cat.people[pid] = CatalogPerson(pid, name, 30.0, tuple(known))
    movie_ids = sorted(m for m in cat.movies if m >= GENERATED_MOVIE_BASE)
    show_ids = sorted(cat.shows)
    for i in range(30):
        pid = GENERATED_PERSON_BASE + i
        name = f"{_FIRST_NAMES[i % 10]} {_LAST_NAMES[(i * 3) % 8]}"
        credits = (("movie", movie_ids[i * 5]), ("tv", show_ids[i % len(show_ids)]))
        cat.people[pid] = CatalogPerson(pid, name, _number(pid, "pop", 100, 9000) / 1000, credits)
    return cat
