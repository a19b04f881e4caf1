"""The API's docs page: every endpoint and parameter, read from the OpenAPI schema (no remote scripts)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

__all__ = ["endpoints", "router"]

router = APIRouter(include_in_schema=False)


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    kind = schema.get("format") or schema.get("type", "")
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength", "pattern") if k in schema]
    return kind + (f" ({', '.join(bounds)})" if bounds else "")


def endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each path and method with its summary, description and parameters."""
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "description": p.get("description")
                       or p.get("schema", {}).get("description", "")} for p in op.get("parameters", [])]
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "parameters": params})
    return out


@router.get("/api/v1/docs", response_class=HTMLResponse)
@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request):
    schema = request.app.openapi()
    return request.app.state.templates.TemplateResponse(
        request, "api_docs.html", {"endpoints": endpoints(schema), "info": schema.get("info", {})})
