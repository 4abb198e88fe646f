// Compiles every schema in a directory with Ajv (JSON Schema 2020-12) in strict mode, all of
// them registered by $id so that refs between them resolve. Strict mode's warnings (strictTypes,
// unknown keywords or formats, union types) are errors here, so a schema that makes Ajv complain
// fails. Usage: node ajv_compile.mjs DIR   (after `npm ci` in this directory; works offline)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort();
const ajv = new Ajv2020({ strict: true, allErrors: true, logger: false });
const schemas = files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8"))]);
let failed = 0;
for (const [file, schema] of schemas) {
  if (typeof schema.$id !== "string") {
    console.log(`${file}: no $id`);
    failed++;
    continue;
  }
  ajv.addSchema(schema);
}
for (const [file, schema] of schemas) {
  try {
    if (typeof schema.$id === "string") ajv.getSchema(schema.$id);
    else ajv.compile(schema);
    console.log(`${file}: ok`);
  } catch (e) {
    console.log(`${file}: ${e.message}`);
    failed++;
  }
}
console.log(failed ? `${failed} of ${files.length} schemas fail Ajv's strict mode` : `${files.length} schemas compile in strict mode`);
process.exit(failed ? 1 : 0);
