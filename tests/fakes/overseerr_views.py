"""JSON views of the fake Overseerr: search results, movie and series detail pages (TMDB data
plus ``mediaInfo``), Media, MediaRequest and pageInfo, shaped as protocols.md §3.5-3.6 say."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from tests.fakes.overseerr_catalogue import (
    MOVIE_GENRES,
    TV_GENRES,
    CatalogMovie,
    CatalogPerson,
    CatalogShow,
    image_path,
)
from tests.fakes.overseerr_models import (
    Json,
    Media,
    MediaRequest,
    media_json,
    request_json,
    user_json,
)

if TYPE_CHECKING:
    from tests.fakes.overseerr import FakeOverseerr


def page_info(total: int, take: int, skip: int) -> Json:
    """``pageInfo``; ``page = ceil(skip / pageSize) + 1`` as Overseerr computes it."""
    if take <= 0:  # JavaScript's division by zero: Infinity/NaN, which JSON writes as null
        return {"pages": None, "pageSize": take, "results": total, "page": None}
    return {
        "pages": math.ceil(total / take),
        "pageSize": take,
        "results": total,
        "page": math.ceil(skip / take) + 1,
    }


def media_out(fake: FakeOverseerr, media: Media, *, with_requests: bool = False) -> Json:
    out = media_json(media, fake.flavor, plex_machine_id=fake.plex_machine_id)
    if with_requests:
        out["requests"] = [request_out(fake, r, with_media=False) for r in fake.requests_for(media)]
        out["issues"] = []
    return out


def _user_out(fake: FakeOverseerr, user_id: int | None) -> Json | None:
    user = fake.users.get(user_id) if user_id is not None else None
    if user is None:
        return None
    return user_json(user, fake.flavor, request_count=fake.request_count(user.id))


def request_out(fake: FakeOverseerr, request: MediaRequest, *, with_media: bool = True) -> Json:
    media = media_out(fake, fake.media[request.media_id]) if with_media else None
    return request_json(
        request,
        media=media,
        requested_by=_user_out(fake, request.requested_by_id) or {},
        modified_by=_user_out(fake, request.modified_by_id),
    )


def _media_info(fake: FakeOverseerr, tmdb_id: int, kind: str, detail: bool) -> Json:
    media = fake.find_media(tmdb_id, kind)
    return {} if media is None else {"mediaInfo": media_out(fake, media, with_requests=detail)}


def _votes(ident: int) -> Json:
    return {"voteAverage": round(5 + (ident * 7919 % 400) / 100, 1), "voteCount": ident % 9000}


def movie_result(fake: FakeOverseerr, movie: CatalogMovie, *, info: bool = True) -> Json:
    out: Json = {
        "id": movie.id,
        "mediaType": "movie",
        "adult": False,
        "backdropPath": movie.backdrop_path,
        "genreIds": list(movie.genre_ids),
        "originalLanguage": movie.original_language,
        "originalTitle": movie.original_title,
        "overview": movie.overview,
        "popularity": movie.popularity,
        "posterPath": movie.poster_path,
        "releaseDate": movie.release_date,
        "title": movie.title,
        "video": False,
        **_votes(movie.id),
    }
    return out | (_media_info(fake, movie.id, "movie", False) if info else {})


def tv_result(fake: FakeOverseerr, show: CatalogShow, *, info: bool = True) -> Json:
    out: Json = {
        "id": show.id,
        "mediaType": "tv",
        "backdropPath": show.backdrop_path,
        "firstAirDate": show.first_air_date,
        "genreIds": list(show.genre_ids),
        "name": show.name,
        "originCountry": ["US"],
        "originalLanguage": show.original_language,
        "originalName": show.original_name,
        "overview": show.overview,
        "popularity": show.popularity,
        "posterPath": show.poster_path,
        **_votes(show.id),
    }
    return out | (_media_info(fake, show.id, "tv", False) if info else {})


def person_result(fake: FakeOverseerr, person: CatalogPerson) -> Json:
    known: list[Json] = []
    for kind, ident in person.known_for:
        if kind == "movie" and ident in fake.catalogue.movies:
            known.append(movie_result(fake, fake.catalogue.movies[ident], info=False))
        elif kind == "tv" and ident in fake.catalogue.shows:
            known.append(tv_result(fake, fake.catalogue.shows[ident], info=False))
    return {
        "id": person.id,
        "mediaType": "person",
        "name": person.name,
        "popularity": person.popularity,
        "profilePath": person.profile_path,
        "adult": False,
        "knownFor": known,
    }


def _credits(fake: FakeOverseerr, kind: str, ident: int) -> Json:
    cast = [
        {
            "id": p.id,
            "castId": order + 1,
            "character": "Lead" if order == 0 else "Supporting",
            "creditId": f"{kind}{ident}p{p.id}",
            "gender": 0,
            "name": p.name,
            "order": order,
            "profilePath": p.profile_path,
        }
        for order, p in enumerate(
            p for p in fake.catalogue.people.values() if (kind, ident) in p.known_for
        )
    ]
    return {"cast": cast, "crew": []}


def movie_details(fake: FakeOverseerr, movie: CatalogMovie) -> Json:
    out: Json = {
        "id": movie.id,
        "imdbId": movie.imdb_id,
        "adult": False,
        "backdropPath": movie.backdrop_path,
        "posterPath": movie.poster_path,
        "budget": 0,
        "genres": [{"id": g, "name": MOVIE_GENRES[g]} for g in movie.genre_ids],
        "homepage": "",
        "relatedVideos": [],
        "originalLanguage": movie.original_language,
        "originalTitle": movie.original_title,
        "overview": movie.overview,
        "popularity": movie.popularity,
        "productionCompanies": [],
        "productionCountries": [],
        "releaseDate": movie.release_date,
        "releases": {"results": []},
        "revenue": 0,
        "runtime": movie.runtime,
        "spokenLanguages": [],
        "status": "Released" if movie.release_date else "Planned",
        "tagline": movie.tagline,
        "title": movie.title,
        "video": False,
        **_votes(movie.id),
        "credits": _credits(fake, "movie", movie.id),
        "externalIds": {
            "imdbId": movie.imdb_id,
            "facebookId": None,
            "instagramId": None,
            "twitterId": None,
        },
        "watchProviders": [],
        "keywords": [],
    }
    return out | _media_info(fake, movie.id, "movie", True)


def tv_details(fake: FakeOverseerr, show: CatalogShow) -> Json:
    regular = [s for s in show.seasons if s.season_number != 0]
    out: Json = {
        "id": show.id,
        "backdropPath": show.backdrop_path,
        "posterPath": show.poster_path,
        "contentRatings": {"results": []},
        "createdBy": [],
        "episodeRunTime": [45],
        "firstAirDate": show.first_air_date,
        "genres": [{"id": g, "name": TV_GENRES[g]} for g in show.genre_ids],
        "homepage": "",
        "inProduction": show.in_production,
        "languages": [show.original_language],
        "lastAirDate": regular[-1].air_date if regular else show.first_air_date,
        "name": show.name,
        "networks": [],
        "numberOfEpisodes": sum(s.episode_count for s in regular),
        "numberOfSeasons": len(regular),
        "originCountry": ["US"],
        "originalLanguage": show.original_language,
        "originalName": show.original_name,
        "overview": show.overview,
        "popularity": show.popularity,
        "productionCompanies": [],
        "productionCountries": [],
        "spokenLanguages": [],
        "seasons": [
            {
                "id": s.id,
                "airDate": s.air_date,
                "episodeCount": s.episode_count,
                "name": s.name,
                "overview": "",
                "posterPath": image_path("season", s.id),
                "seasonNumber": s.season_number,
            }
            for s in show.seasons
        ],
        "status": "Returning Series" if show.in_production else "Ended",
        "tagline": "",
        "type": "Scripted",
        **_votes(show.id),
        "credits": _credits(fake, "tv", show.id),
        "externalIds": {
            "imdbId": show.imdb_id,
            "tvdbId": show.tvdb_id,
            "facebookId": None,
            "instagramId": None,
            "twitterId": None,
        },
        "keywords": [],
        "watchProviders": [],
    }
    return out | _media_info(fake, show.id, "tv", True)
