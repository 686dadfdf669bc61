"""Checking HTTP exchanges against an OpenAPI 3.0 document (the public contracts in
../shared/contracts): the path and method exist, declared query parameters only, the JSON
request body and the JSON response body match their schemas."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource


def _nullable(node: Any) -> Any:
    """OpenAPI 3.0's `nullable: true` in JSON Schema terms."""
    if isinstance(node, dict):
        node = {k: _nullable(v) for k, v in node.items()}
        if node.pop("nullable", False):
            if "type" in node:
                kind = node["type"]
                node["type"] = [*kind, "null"] if isinstance(kind, list) else [kind, "null"]
            if "enum" in node:
                node["enum"] = [*node["enum"], None]
            if "$ref" in node or "allOf" in node or "oneOf" in node:
                node = {"anyOf": [node, {"type": "null"}]}
        return node
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


class Contract:
    def __init__(
        self, path: Path, base_path: str, *, null_allowed: frozenset[str] = frozenset()
    ) -> None:
        self.spec: dict[str, Any] = _nullable(yaml.safe_load(path.read_text()))
        self.base_path = base_path.rstrip("/")
        # Fields the real service sends as null although the document says otherwise.
        self.null_allowed = null_allowed

    @cached_property
    def registry(self) -> Registry:
        resource: Resource[Any] = Resource.opaque(self.spec)
        registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
        return registry

    def _operation(self, method: str, path: str) -> tuple[dict[str, Any], str]:
        local = path.removeprefix(self.base_path) or "/"
        for template, item in self.spec["paths"].items():
            pattern = "^" + re.sub(r"\{[^/]+\}", "[^/]+", template) + "$"
            if re.match(pattern, local) and method.lower() in item:
                return item[method.lower()], template
        raise AssertionError(f"{method} {path} is not in the contract")

    def _validate(self, schema: dict[str, Any], value: Any, what: str) -> None:
        rooted = _rebase(schema)
        validator = Draft202012Validator(rooted, registry=self.registry)
        errors = sorted(
            (
                e
                for e in validator.iter_errors(value)
                if not (e.instance is None and e.path and e.path[-1] in self.null_allowed)
            ),
            key=lambda e: list(e.path),
        )
        assert not errors, f"{what}: " + "; ".join(
            f"{'/'.join(map(str, e.path))}: {e.message[:200]}" for e in errors[:5]
        )

    def check(self, exchange: Any) -> None:
        """``exchange`` has method, path, query, body, status and response."""
        method, path, query = exchange.method, exchange.path, exchange.query
        body, status, response = exchange.body, exchange.status, exchange.response
        operation, template = self._operation(method, path)
        declared = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
        for name, _ in parse_qsl(query, keep_blank_values=True):
            assert name in declared, f"{method} {template}: query parameter {name!r} undeclared"
        content = (operation.get("requestBody") or {}).get("content", {})
        if body is not None and "application/json" in content:
            self._validate(
                content["application/json"]["schema"], body, f"{method} {template} request body"
            )
        responses = operation.get("responses", {})
        spec = responses.get(str(status)) if status is not None else None
        json_schema = ((spec or {}).get("content") or {}).get("application/json", {}).get("schema")
        if json_schema is not None and response is not None:
            self._validate(json_schema, response, f"{method} {template} {status} response")


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                f"urn:spec{v}"
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node
