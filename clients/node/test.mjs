// Node client test: checks a running actorgraph server with graphql-js,
// the GraphQL reference implementation.
//
//   node test.mjs http://127.0.0.1:8080/graphql [path/to/GRAPHQL.md]
//   node test.mjs --update http://...   also rewrites each example's
//                                       ```json answer block in GRAPHQL.md
//                                       from the server's answer
//
// 1. fetches the introspection result and builds the client schema with
//    buildClientSchema; every type, field, argument and enum value must
//    have a description;
// 2. extracts every ```graphql block of docs/GRAPHQL.md, validates it
//    against that schema, runs it over HTTP and checks the answer with the
//    block's "# expect:" lines (run on the demo store: testdata/articles);
// 3. checks a few protocol points (GET, status codes, error codes, CORS).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildClientSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isObjectType,
  parse,
  validate,
} from "graphql";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const update = args[0] === "--update";
if (update) args.shift();
const url = args[0];
const docPath = args[1] ?? resolve(here, "../../docs/GRAPHQL.md");
if (!url) {
  console.error("usage: node test.mjs http://HOST:PORT/graphql [GRAPHQL.md]");
  process.exit(2);
}

let failures = 0;
function fail(what, detail) {
  failures++;
  console.error(`FAIL ${what}${detail ? ": " + detail : ""}`);
}
function ok(what) {
  console.log(`ok   ${what}`);
}

async function post(query, variables, headers = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/graphql-response+json",
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, headers: res.headers, body };
}

// --- 1. introspection and the client schema ---
const intro = await post(getIntrospectionQuery({ descriptions: true }));
if (intro.status !== 200 || intro.body.errors) {
  console.error("introspection failed:", intro.status, JSON.stringify(intro.body).slice(0, 500));
  process.exit(1);
}
const schema = buildClientSchema(intro.body.data);
ok(`introspection: ${Object.keys(schema.getTypeMap()).length} types`);

for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
  if (!type.description) fail(`type ${type.name} has no description`);
  if (isObjectType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) fail(`field ${type.name}.${field.name} has no description`);
      for (const arg of field.args ?? []) {
        if (!arg.description) fail(`argument ${type.name}.${field.name}(${arg.name}) has no description`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const v of type.getValues()) {
      if (!v.description) fail(`enum value ${type.name}.${v.name} has no description`);
    }
  }
}
ok("every type, field, argument and enum value is documented");

// --- 2. the examples of docs/GRAPHQL.md ---
const doc = readFileSync(docPath, "utf8");
const blocks = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length < 5) fail(`only ${blocks.length} graphql examples in ${docPath}`);

// answers maps an example's source to the server's answer, for --update.
const answers = new Map();

// writeAnswers replaces the ```json block that follows each answered
// example with the answer, lists cut to their first three items so the
// page stays readable.
function writeAnswers() {
  const trim = (v) =>
    Array.isArray(v)
      ? [...v.slice(0, 3).map(trim), ...(v.length > 3 ? [`… ${v.length - 3} more`] : [])]
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trim(x)]))
        : v;
  const out = doc.replace(/(```graphql\n([\s\S]*?)```\s*?\n(?:[^`]*?\n)??)```json\n[\s\S]*?```/g, (all, head, src) =>
    answers.has(src) ? `${head}\`\`\`json\n${pretty(trim(answers.get(src)))}\n\`\`\`` : all,
  );
  writeFileSync(docPath, out);
  ok(`answers written to ${docPath}`);
}

// pretty prints JSON two-space indented, keeping any value that fits in 88
// columns on one line.
function pretty(v, indent = "") {
  const one = JSON.stringify(v);
  if (v === null || typeof v !== "object" || indent.length + one.length <= 88) return one;
  const inner = indent + "  ";
  const items = Array.isArray(v)
    ? v.map((x) => inner + pretty(x, inner))
    : Object.entries(v).map(([k, x]) => `${inner}${JSON.stringify(k)}: ${pretty(x, inner)}`);
  const [open, close] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${items.join(",\n")}\n${indent}${close}`;
}

// get walks a path like "actor.roles[*].title" or "path[0].actors[1].name";
// [*] maps over a list (and flattens).
function get(value, path) {
  let values = [value];
  for (const part of path.match(/[^.[\]]+|\[\*\]|\[-?\d+\]/g) ?? []) {
    const next = [];
    for (const v of values) {
      if (v == null) continue;
      if (part === "[*]") {
        if (Array.isArray(v)) next.push(...v);
      } else if (part.startsWith("[")) {
        const i = Number(part.slice(1, -1));
        if (Array.isArray(v)) next.push(v[i < 0 ? v.length + i : i]);
      } else {
        next.push(v[part]);
      }
    }
    values = next;
  }
  return path.includes("[*]") ? values : values[0];
}

// check evaluates one "# expect:" line: PATH OP VALUE, with OP one of
// = != >= <= contains count>=. VALUE is JSON.
function check(data, line) {
  const m = line.match(/^(\S+)\s+(=|!=|>=|<=|contains|count>=)\s+(.+)$/);
  if (!m) return `cannot read expectation "${line}"`;
  const [, path, op, raw] = m;
  const want = JSON.parse(raw);
  const got = get(data, path);
  const show = JSON.stringify(got)?.slice(0, 300);
  switch (op) {
    case "=":
      return JSON.stringify(got) === JSON.stringify(want) ? null : `${path} is ${show}, want ${raw}`;
    case "!=":
      return JSON.stringify(got) !== JSON.stringify(want) ? null : `${path} is ${show}`;
    case ">=":
      return got >= want ? null : `${path} is ${show}, want >= ${raw}`;
    case "<=":
      return got <= want ? null : `${path} is ${show}, want <= ${raw}`;
    case "contains":
      return (Array.isArray(got) || typeof got === "string") && got.includes(want) ? null : `${path} is ${show}, want it to contain ${raw}`;
    case "count>=":
      return Array.isArray(got) && got.length >= want ? null : `${path} has ${Array.isArray(got) ? got.length : "no"} items, want >= ${raw}`;
  }
  return `unknown operator ${op}`;
}

for (const [i, src] of blocks.entries()) {
  const name = `example ${i + 1} (${src.match(/^(?:query|mutation)\s+(\w+)/m)?.[1] ?? "anonymous"})`;
  let document;
  try {
    document = parse(src);
  } catch (e) {
    fail(`${name}: parse`, e.message);
    continue;
  }
  const errors = validate(schema, document);
  if (errors.length) {
    fail(`${name}: validation`, errors.map((e) => e.message).join("; "));
    continue;
  }
  const lines = src.split("\n");
  const vars = lines.find((l) => l.startsWith("# variables:"));
  const variables = vars ? JSON.parse(vars.slice("# variables:".length)) : undefined;
  const isMutation = document.definitions.some((d) => d.kind === "OperationDefinition" && d.operation === "mutation");
  const res = await post(src, variables);
  if (isMutation) {
    // The demo server runs without a write token: a clear refusal.
    const code = res.body.errors?.[0]?.extensions?.code;
    if (res.status !== 403 || code !== "FORBIDDEN") fail(`${name}: mutation without token`, `${res.status} ${code}`);
    else ok(`${name}: mutation refused without a write token (403 FORBIDDEN)`);
    continue;
  }
  if (res.status !== 200 || res.body.errors || !res.body.data) {
    fail(`${name}: run`, `${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    continue;
  }
  const expects = lines.filter((l) => l.startsWith("# expect:")).map((l) => l.slice("# expect:".length).trim());
  const problems = expects.map((e) => check(res.body.data, e)).filter(Boolean);
  if (problems.length) problems.forEach((p) => fail(`${name}`, p));
  else ok(`${name}: valid, answered, ${expects.length} expectations hold`);
  if (update) answers.set(src, res.body);
}
if (update) writeAnswers();

// --- 3. protocol ---
{
  const q = "{ stats { articles } }";
  const res = await fetch(`${url}?query=${encodeURIComponent(q)}`);
  const body = await res.json();
  if (res.status !== 200 || !(body.data?.stats?.articles > 0)) fail("GET /graphql", `${res.status} ${JSON.stringify(body)}`);
  else ok("GET /graphql answers");

  const bad = await post("{ stats { ");
  if (bad.status !== 400 || bad.body.errors?.[0]?.extensions?.code !== "GRAPHQL_PARSE_FAILED" || "data" in bad.body)
    fail("parse error", `${bad.status} ${JSON.stringify(bad.body)}`);
  else ok("parse error: 400 GRAPHQL_PARSE_FAILED without data");

  const invalid = await post("{ nope }");
  if (invalid.status !== 400 || invalid.body.errors?.[0]?.extensions?.code !== "GRAPHQL_VALIDATION_FAILED")
    fail("validation error", `${invalid.status} ${JSON.stringify(invalid.body)}`);
  else ok("validation error: 400 GRAPHQL_VALIDATION_FAILED");

  const legacy = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ query: "{ nope }" }) });
  if (legacy.status !== 200 || !legacy.headers.get("content-type")?.startsWith("application/json"))
    fail("application/json error status", `${legacy.status} ${legacy.headers.get("content-type")}`);
  else ok("application/json: GraphQL errors answered with 200");

  const deep = await post(`{ actors(first: 100) { nodes { relations(first: 100) { nodes { evidence(first: 100) { totalCount } } } } } }`);
  if (deep.body.errors?.[0]?.extensions?.code !== "QUERY_TOO_COMPLEX") fail("cost limit", JSON.stringify(deep.body).slice(0, 300));
  else ok("cost limit: QUERY_TOO_COMPLEX");

  const cors = await fetch(url, { method: "OPTIONS", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "POST" } });
  if (cors.headers.get("access-control-allow-origin")) fail("CORS", "a foreign origin is allowed by default");
  else ok("CORS: closed to foreign origins by default");

  const health = await fetch(new URL("/healthz", url));
  if (health.status !== 200) fail("/healthz", String(health.status));
  else ok("/healthz");
  await health.text();
}

if (failures) {
  console.error(`\n${failures} failure(s)`);
  process.exit(1);
}
console.log("\nall checks passed");
