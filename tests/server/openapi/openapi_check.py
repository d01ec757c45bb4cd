#!/usr/bin/env python3
"""Checks server/openapi.yaml as an OpenAPI 3.0 validator would, and the answers
keyward-server really sent against the document's schemas.

    openapi_check.py document OPENAPI.yaml
    openapi_check.py answers OPENAPI.yaml ANSWERS.json

ANSWERS.json is a list of {"method", "path", "status", "body"} (path without the query,
body the parsed JSON). Exits 1 and prints every problem when there is one. Needs
python3-yaml and python3-jsonschema (Debian packages).
"""
import json
import re
import sys

import jsonschema
import yaml

# The fields each OpenAPI 3.0.3 object may have (plus x- extensions): a key outside
# these is what a YAML slip (", " in a flow mapping) turns a description into.
SCHEMA_FIELDS = {
    "title", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
    "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems",
    "maxProperties", "minProperties", "required", "enum", "type", "allOf", "oneOf",
    "anyOf", "not", "items", "properties", "additionalProperties", "description",
    "format", "default", "nullable", "discriminator", "readOnly", "writeOnly", "xml",
    "externalDocs", "example", "deprecated", "$ref",
}
PARAMETER_FIELDS = {
    "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style",
    "explode", "allowReserved", "schema", "example", "examples", "content", "$ref",
}
HEADER_FIELDS = PARAMETER_FIELDS - {"name", "in"}
OPERATION_FIELDS = {
    "tags", "summary", "description", "externalDocs", "operationId", "parameters",
    "requestBody", "responses", "callbacks", "deprecated", "security", "servers",
}
PATH_FIELDS = {"$ref", "summary", "description", "get", "put", "post", "delete",
               "options", "head", "patch", "trace", "servers", "parameters"}
RESPONSE_FIELDS = {"description", "headers", "content", "links", "$ref"}
MEDIA_FIELDS = {"schema", "example", "examples", "encoding"}
REQUEST_BODY_FIELDS = {"description", "content", "required", "$ref"}
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
TYPES = {"string", "number", "integer", "boolean", "array", "object"}


class UniqueKeyLoader(yaml.SafeLoader):
    """A mapping that names a key twice is an error, not a silent overwrite."""


def _mapping(loader, node, deep=False):
    keys = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in keys:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        keys.add(key)
    return loader.construct_mapping(node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load(path):
    with open(path, encoding="utf-8") as file:
        return yaml.load(file, Loader=UniqueKeyLoader)


class DocumentCheck:
    def __init__(self, document):
        self.document = document
        self.problems = []

    def problem(self, where, text):
        self.problems.append(f"{where}: {text}")

    def fields(self, where, value, allowed):
        if not isinstance(value, dict):
            self.problem(where, f"expected an object, found {type(value).__name__}")
            return False
        for key in value:
            if not (key in allowed or str(key).startswith("x-")):
                self.problem(where, f"unknown field {key!r}")
        return True

    def resolve(self, where, ref):
        if not isinstance(ref, str) or not ref.startswith("#/"):
            self.problem(where, f"$ref {ref!r} is not local")
            return None
        node = self.document
        for part in ref[2:].split("/"):
            if not isinstance(node, dict) or part not in node:
                self.problem(where, f"$ref {ref} does not resolve")
                return None
            node = node[part]
        return node

    def schema(self, where, schema):
        if not self.fields(where, schema, SCHEMA_FIELDS):
            return
        if "$ref" in schema:
            self.resolve(where, schema["$ref"])
            return
        kind = schema.get("type")
        if kind is not None and kind not in TYPES:
            self.problem(where, f"type {kind!r} is not an OpenAPI 3.0 type")
        if kind == "array" and "items" not in schema:
            self.problem(where, "an array needs items")
        for key in ("description", "title", "pattern", "format"):
            if key in schema and not isinstance(schema[key], str):
                self.problem(where, f"{key} must be a string")
        if "required" in schema:
            required = schema["required"]
            if not isinstance(required, list) or not required:
                self.problem(where, "required must be a non-empty list")
            elif "properties" in schema:
                for name in required:
                    if name not in schema["properties"]:
                        self.problem(where, f"required {name!r} is not a property")
        for name, sub in (schema.get("properties") or {}).items():
            self.schema(f"{where}.properties.{name}", sub)
        if isinstance(schema.get("items"), dict):
            self.schema(f"{where}.items", schema["items"])
        if isinstance(schema.get("additionalProperties"), dict):
            self.schema(f"{where}.additionalProperties", schema["additionalProperties"])
        for key in ("allOf", "oneOf", "anyOf"):
            for i, sub in enumerate(schema.get(key) or []):
                self.schema(f"{where}.{key}[{i}]", sub)

    def parameter(self, where, parameter):
        if not self.fields(where, parameter, PARAMETER_FIELDS):
            return None
        if "$ref" in parameter:
            parameter = self.resolve(where, parameter["$ref"])
            if parameter is None or not self.fields(where, parameter, PARAMETER_FIELDS):
                return None
        for key in ("name", "in"):
            if not isinstance(parameter.get(key), str):
                self.problem(where, f"a parameter needs {key}")
        if parameter.get("in") not in {"query", "header", "path", "cookie"}:
            self.problem(where, f"in: {parameter.get('in')!r} is not a location")
        if parameter.get("in") == "path" and parameter.get("required") is not True:
            self.problem(where, "a path parameter must be required")
        if "description" in parameter and not isinstance(parameter["description"], str):
            self.problem(where, "description must be a string")
        if "schema" in parameter:
            self.schema(f"{where}.schema", parameter["schema"])
        return parameter

    def content(self, where, content):
        if not isinstance(content, dict):
            self.problem(where, "content must map media types")
            return
        for media, body in content.items():
            if self.fields(f"{where}.{media}", body, MEDIA_FIELDS) and "schema" in body:
                self.schema(f"{where}.{media}.schema", body["schema"])

    def run(self):
        document = self.document
        if not str(document.get("openapi", "")).startswith("3.0."):
            self.problem("openapi", "expected an OpenAPI 3.0 document")
        for key in ("info", "paths"):
            if key not in document:
                self.problem(key, "missing")
        operation_ids = set()
        for path, item in (document.get("paths") or {}).items():
            if not self.fields(path, item, PATH_FIELDS):
                continue
            templated = set(re.findall(r"\{([^}]+)\}", path))
            for method, operation in item.items():
                if method not in METHODS:
                    continue
                where = f"{method.upper()} {path}"
                if not self.fields(where, operation, OPERATION_FIELDS):
                    continue
                operation_id = operation.get("operationId")
                if operation_id in operation_ids:
                    self.problem(where, f"operationId {operation_id} is used twice")
                operation_ids.add(operation_id)
                declared = set()
                for i, parameter in enumerate(operation.get("parameters", [])
                                              + item.get("parameters", [])):
                    resolved = self.parameter(f"{where}.parameters[{i}]", parameter)
                    if resolved and resolved.get("in") == "path":
                        declared.add(resolved.get("name"))
                if declared != templated:
                    self.problem(where, f"path parameters {sorted(declared)} do not match "
                                        f"the path's {sorted(templated)}")
                body = operation.get("requestBody")
                if body is not None and self.fields(f"{where}.requestBody", body,
                                                    REQUEST_BODY_FIELDS):
                    self.content(f"{where}.requestBody.content", body.get("content"))
                responses = operation.get("responses")
                if not isinstance(responses, dict) or not responses:
                    self.problem(where, "an operation needs responses")
                    continue
                for status, response in responses.items():
                    at = f"{where}.responses.{status}"
                    if not re.fullmatch(r"[1-5](\d\d|XX)|default", str(status)):
                        self.problem(at, "not a status code")
                    if not self.fields(at, response, RESPONSE_FIELDS):
                        continue
                    if "$ref" in response:
                        self.resolve(at, response["$ref"])
                        continue
                    if not isinstance(response.get("description"), str):
                        self.problem(at, "a response needs a description (a string)")
                    for name, header in (response.get("headers") or {}).items():
                        if self.fields(f"{at}.headers.{name}", header, HEADER_FIELDS):
                            if "schema" in header:
                                self.schema(f"{at}.headers.{name}.schema", header["schema"])
                    if "content" in response:
                        self.content(f"{at}.content", response["content"])
        components = document.get("components") or {}
        for name, schema in (components.get("schemas") or {}).items():
            self.schema(f"components.schemas.{name}", schema)
        for name, parameter in (components.get("parameters") or {}).items():
            self.parameter(f"components.parameters.{name}", parameter)
        for name, response in (components.get("responses") or {}).items():
            if self.fields(f"components.responses.{name}", response, RESPONSE_FIELDS):
                if "content" in response:
                    self.content(f"components.responses.{name}.content", response["content"])
        return self.problems


def json_schema(schema, document):
    """The OpenAPI 3.0 schema as plain JSON Schema: references inlined, nullable as a
    null type."""
    if isinstance(schema, list):
        return [json_schema(item, document) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        node = document
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        return json_schema(node, document)
    converted = {}
    for key, value in schema.items():
        if key in ("properties",):
            converted[key] = {name: json_schema(sub, document) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            converted[key] = json_schema(value, document)
        elif key in ("allOf", "oneOf", "anyOf"):
            converted[key] = [json_schema(sub, document) for sub in value]
        elif key in ("nullable", "example", "readOnly", "writeOnly", "deprecated", "xml",
                     "discriminator", "externalDocs"):
            continue
        else:
            converted[key] = value
    if schema.get("nullable"):
        if "type" in converted:
            converted["type"] = [converted["type"], "null"]
        if "enum" in converted:
            converted["enum"] = list(converted["enum"]) + [None]
    return converted


def response_for(document, method, path, status):
    # A literal path (/v1/keys/count) wins over a template that also matches it.
    templates = sorted(document["paths"].items(), key=lambda entry: entry[0].count("{"))
    for template, item in templates:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in item:
            responses = item[method.lower()]["responses"]
            response = responses.get(str(status), responses.get(status))
            if response is None:
                response = responses.get(f"{str(status)[0]}XX", responses.get("default"))
            if response is None:
                return template, None
            if "$ref" in response:
                node = document
                for part in response["$ref"][2:].split("/"):
                    node = node[part]
                response = node
            return template, response
    return None, None


def check_answers(document, answers):
    problems = []
    for answer in answers:
        method, path, status = answer["method"], answer["path"], answer["status"]
        where = f"{method} {path} {status}"
        template, response = response_for(document, method, path, status)
        if template is None:
            problems.append(f"{where}: no such operation in the document")
            continue
        if response is None:
            problems.append(f"{where}: the document lists no {status} answer for "
                            f"{method} {template}")
            continue
        schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        if schema is None:
            if answer.get("body") is not None:
                problems.append(f"{where}: a JSON body the document does not describe")
            continue
        validator = jsonschema.Draft4Validator(json_schema(schema, document))
        for error in validator.iter_errors(answer.get("body")):
            location = "/".join(str(part) for part in error.absolute_path) or "(body)"
            problems.append(f"{where}: {location}: {error.message}")
    return problems


def main(argv):
    if len(argv) == 3 and argv[1] == "document":
        try:
            problems = DocumentCheck(load(argv[2])).run()
        except yaml.YAMLError as error:
            problems = [f"not valid YAML: {error}"]
    elif len(argv) == 4 and argv[1] == "answers":
        with open(argv[3], encoding="utf-8") as file:
            answers = json.load(file)
        problems = check_answers(load(argv[2]), answers)
        if not answers:
            problems.append("no answers to check")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
