"""Static checks of the container setup: Dockerfile, .dockerignore and docker-compose.yml.

No Docker engine is needed: the files are parsed and cross-checked against the repository and
the real `medianest` command line.
"""

from __future__ import annotations

import fnmatch
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import medianest.cli

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"

MEDIANEST_SERVICES = ("migrate", "api", "worker", "scheduler")
ALL_SERVICES = ("postgres", "redis", *MEDIANEST_SERVICES)


# --- helpers ---------------------------------------------------------------------------------


def _compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(data, dict), "docker-compose.yml is not a mapping"
    return data


def _services() -> dict[str, dict[str, Any]]:
    services = _compose().get("services")
    assert isinstance(services, dict), "docker-compose.yml has no services mapping"
    return services


def _command(service: dict[str, Any]) -> list[str]:
    command = service.get("command")
    if command is None:
        return []
    return shlex.split(command) if isinstance(command, str) else [str(c) for c in command]


def _depends_on(service: dict[str, Any]) -> dict[str, str]:
    """depends_on as {service: condition}; the short list form means service_started."""
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):
        return dict.fromkeys(deps, "service_started")
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


def _healthcheck_python(test: list[str] | str) -> str | None:
    """The code of a `python -c CODE` healthcheck, or None."""
    argv = shlex.split(test) if isinstance(test, str) else list(test)
    if argv and argv[0] in ("CMD", "CMD-SHELL"):
        argv = argv[1:] if argv[0] == "CMD" else shlex.split(" ".join(argv[1:]))
    if len(argv) >= 3 and Path(argv[0]).name.startswith("python") and argv[1] == "-c":
        return argv[2]
    return None


def _dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs with comments dropped and continuations joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text().splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue  # comment lines inside a continuation are ignored by Docker
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        if not full:
            continue
        keyword, _, rest = full.partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    assert not pending, "Dockerfile ends inside a line continuation"
    return instructions


def _args(rest: str) -> list[str]:
    """Arguments of an instruction in exec (JSON) or shell form."""
    if rest.startswith("["):
        value = json.loads(rest)
        assert isinstance(value, list)
        return [str(v) for v in value]
    return shlex.split(rest)


def _copy_sources() -> list[str]:
    """Build-context sources of every COPY/ADD (copies from other stages excluded)."""
    sources: list[str] = []
    for keyword, rest in _dockerfile_instructions():
        if keyword not in ("COPY", "ADD"):
            continue
        words = rest.split()
        flags = []
        while words and words[0].startswith("--"):
            flags.append(words.pop(0))
        if any(flag.startswith("--from=") for flag in flags):
            continue
        argv = _args(" ".join(words))
        assert len(argv) >= 2, f"{keyword} needs a source and a destination: {rest}"
        sources.extend(argv[:-1])
    return sources


def _dockerignore_patterns() -> list[str]:
    patterns = []
    for raw in DOCKERIGNORE.read_text().splitlines():
        line = raw.strip()
        if line and not line.startswith("#") and not line.startswith("!"):
            patterns.append(line.rstrip("/"))
    return patterns


# --- docker-compose.yml ----------------------------------------------------------------------


def test_compose_parses_and_has_all_services() -> None:
    services = _services()
    for name in ALL_SERVICES:
        assert name in services, f"service {name!r} missing from docker-compose.yml"


def test_medianest_services_run_real_cli_subcommands() -> None:
    services = _services()
    for name in MEDIANEST_SERVICES:
        argv = _command(services[name])
        assert argv, f"{name}: no command (the image's default must not be relied upon)"
        assert argv[0] in medianest.cli.COMMANDS, (
            f"{name}: {argv[0]!r} is not a medianest subcommand "
            f"({', '.join(sorted(medianest.cli.COMMANDS))})"
        )
    assert _command(services["migrate"])[0] == "migrate"
    assert _command(services["api"])[0] == "api"
    assert _command(services["worker"])[0] == "worker"
    assert _command(services["scheduler"])[0] == "scheduler"


def test_cli_entry_point_parses_each_compose_command() -> None:
    """`python -m medianest <cmd> --help` exits 0 for every command compose runs."""
    services = _services()
    commands = sorted({_command(services[name])[0] for name in MEDIANEST_SERVICES} | {"api"})
    env = dict(os.environ)
    backend = str(ROOT / "backend")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (backend, env.get("PYTHONPATH")) if p)
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-m", "medianest", command, "--help"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, f"medianest {command} --help failed:\n{result.stderr}"
        assert f"medianest {command}" in result.stdout


def test_medianest_services_share_image_build_and_environment() -> None:
    services = _services()
    images = {services[name].get("image") for name in MEDIANEST_SERVICES}
    assert len(images) == 1, f"medianest services use different images: {images}"
    assert None not in images, "medianest services should name their image"
    for name in MEDIANEST_SERVICES:
        service = services[name]
        build = service.get("build")
        context = build if isinstance(build, str) else (build or {}).get("context")
        assert context in (".", "./"), f"{name}: must be built from ./Dockerfile"
        env = service.get("environment")
        assert isinstance(env, dict), f"{name}: environment should be a mapping"
        assert "@postgres:5432/" in env["MEDIANEST_DATABASE_URL"]
        assert env["MEDIANEST_DATABASE_URL"].startswith("postgres://")
        assert env["MEDIANEST_REDIS_URL"] == "redis://redis:6379/0"
        # The secret is required (`:?`), never defaulted.
        assert "${MEDIANEST_SECRET_KEY:?" in env["MEDIANEST_SECRET_KEY"]
        mounts = [str(v).split(":")[:2] for v in service.get("volumes", [])]
        assert ["media", "/media"] in mounts, f"{name}: shared media volume not at /media"
        assert ["medianest-data", "/data"] in mounts, f"{name}: data volume not at /data"


def test_restart_policies() -> None:
    services = _services()
    for name in ("postgres", "redis", "api", "worker", "scheduler"):
        assert services[name].get("restart") == "unless-stopped", name
    # A one-shot must not be restarted after it succeeded.
    assert services["migrate"].get("restart") in ("no", False)


def test_api_publishes_8080_and_checks_readyz() -> None:
    api = _services()["api"]
    targets = []
    for port in api.get("ports", []):
        if isinstance(port, dict):
            targets.append(str(port.get("target")))
        else:
            targets.append(str(port).rsplit(":", 1)[-1].split("/")[0])
    assert "8080" in targets, f"api does not publish container port 8080: {api.get('ports')}"

    test = api["healthcheck"]["test"]
    code = _healthcheck_python(test)
    assert code is not None, "api healthcheck should be a python one-liner (no curl in slim)"
    assert "/readyz" in code
    assert "8080" in code
    compile(code, "<api healthcheck>", "exec")


def test_api_can_be_scaled() -> None:
    api = _services()["api"]
    replicas = (api.get("deploy") or {}).get("replicas")
    assert isinstance(replicas, int)
    assert replicas >= 1
    for name in ("api", "worker", "scheduler"):
        assert "container_name" not in _services()[name], f"{name}: container_name blocks scaling"


def test_backing_services_have_healthchecks_and_volumes() -> None:
    services = _services()
    postgres, redis = services["postgres"], services["redis"]
    assert str(postgres["image"]).startswith("postgres:16")
    assert "pg_isready" in " ".join(map(str, postgres["healthcheck"]["test"]))
    assert any(str(v).endswith(":/var/lib/postgresql/data") for v in postgres["volumes"])
    assert str(redis["image"]).startswith("redis:7")
    assert "redis-cli" in " ".join(map(str, redis["healthcheck"]["test"]))
    assert "--appendonly" in _command(redis)
    assert "yes" in _command(redis)
    assert any(str(v).endswith(":/data") for v in redis["volumes"])


def test_named_volumes_are_declared() -> None:
    compose = _compose()
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source = str(volume).split(":")[0]
            if not source.startswith((".", "/", "~", "$")):
                assert source in declared, f"{name}: volume {source!r} is not declared"


def test_depends_on_conditions() -> None:
    services = _services()
    assert _depends_on(services["migrate"]).get("postgres") == "service_healthy"
    for name in ("api", "worker", "scheduler"):
        deps = _depends_on(services[name])
        assert deps.get("migrate") == "service_completed_successfully", name
        assert deps.get("redis") == "service_healthy", name
        assert deps.get("postgres", "service_healthy") == "service_healthy", name


def test_non_http_services_disable_the_image_healthcheck() -> None:
    """The image probes /healthz; worker, scheduler and migrate serve no HTTP."""
    services = _services()
    for name in ("migrate", "worker", "scheduler"):
        healthcheck = services[name].get("healthcheck") or {}
        disabled = healthcheck.get("disable") is True or healthcheck.get("test") == ["NONE"]
        assert disabled, f"{name}: would inherit the image's HTTP healthcheck and turn unhealthy"


# --- Dockerfile ------------------------------------------------------------------------------


def test_dockerfile_is_multi_stage() -> None:
    instructions = _dockerfile_instructions()
    stages = [rest.split()[0] for keyword, rest in instructions if keyword == "FROM"]
    assert len(stages) >= 2, "Dockerfile should build the SPA and the runtime in separate stages"
    # Resolve `FROM ${ARG}` against ARG defaults.
    defaults = {}
    for keyword, rest in instructions:
        if keyword == "ARG" and "=" in rest:
            name, _, value = rest.partition("=")
            defaults[name.strip()] = value.strip().strip("\"'")
    images = []
    for stage_image in stages:
        image = stage_image
        if image.startswith("$"):
            image = defaults.get(image.strip("${}"), image)
        images.append(image)
    assert any(image.startswith("node:20") for image in images), images
    assert images[-1].startswith("python:3.11-slim"), images


def test_dockerfile_runtime_settings() -> None:
    instructions = _dockerfile_instructions()
    final = instructions[max(i for i, (k, _) in enumerate(instructions) if k == "FROM") :]
    keywords = {k for k, _ in final}

    users = [rest for k, rest in final if k == "USER"]
    assert users, "runtime stage has no USER"
    assert users[-1].split(":")[0] not in ("root", "0"), "runtime must not run as root"

    entrypoints = [_args(rest) for k, rest in final if k == "ENTRYPOINT"]
    assert entrypoints
    assert entrypoints[-1] == ["medianest"]
    cmds = [_args(rest) for k, rest in final if k == "CMD"]
    assert cmds
    assert cmds[-1] == ["api"]

    assert "HEALTHCHECK" in keywords
    healthcheck = [rest for k, rest in final if k == "HEALTHCHECK"][-1]
    exec_form = healthcheck[healthcheck.index("CMD") + 3 :].strip()
    code = _healthcheck_python(_args(exec_form))
    assert code is not None
    assert "/healthz" in code
    assert "urllib" in code
    compile(code, "<image healthcheck>", "exec")

    env_text = " ".join(rest for k, rest in final if k == "ENV")
    assert "MEDIANEST_HOST=0.0.0.0" in env_text
    assert "MEDIANEST_DATA_DIR=/data" in env_text
    assert "MEDIANEST_STATIC_DIR=" in env_text
    assert any(k == "VOLUME" and "/data" in rest for k, rest in final)
    assert any(k == "EXPOSE" and "8080" in rest.split() for k, rest in final)
    assert any(k == "RUN" and "ffmpeg" in rest for k, rest in final)


def test_dockerfile_installs_with_hashes() -> None:
    runs = " ".join(rest for k, rest in _dockerfile_instructions() if k == "RUN")
    assert "--require-hashes -r requirements.lock" in runs
    assert "--no-deps ." in runs


def test_dockerfile_copy_sources_exist() -> None:
    sources = [s for s in _copy_sources() if s != "requirements.lock"]
    assert sources, "no COPY found"
    missing = [s for s in sources if not (ROOT / s).exists()]
    assert not missing, f"Dockerfile copies files missing from the repository: {missing}"


def test_requirements_lock_exists() -> None:
    """The image installs requirements.lock; generate it with
    `uv pip compile pyproject.toml --generate-hashes -o requirements.lock`."""
    assert "requirements.lock" in _copy_sources()
    lock = ROOT / "requirements.lock"
    assert lock.is_file(), (
        "requirements.lock is missing: run "
        "`uv pip compile pyproject.toml --generate-hashes -o requirements.lock`"
    )
    assert "--hash=sha256:" in lock.read_text(), "requirements.lock has no hashes"


def test_dockerignore_keeps_copied_files_and_drops_local_state() -> None:
    patterns = _dockerignore_patterns()
    for source in _copy_sources():
        clean = source.rstrip("/")
        parts = Path(clean).parts
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        for pattern in patterns:
            hit = [p for p in prefixes if fnmatch.fnmatchcase(p, pattern)]
            assert not hit, f".dockerignore pattern {pattern!r} excludes COPY source {source!r}"
    for required in (".git", ".venv", "**/node_modules", "frontend/dist", "data", ".env"):
        assert required in patterns, f".dockerignore should exclude {required}"


@pytest.mark.parametrize("path", [COMPOSE_FILE, DOCKERFILE, DOCKERIGNORE])
def test_files_exist(path: Path) -> None:
    assert path.is_file()
