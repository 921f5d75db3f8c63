// Loaded with `node --import tsx --import ./scripts/register-server-only.mjs` by every script that runs lib
// modules outside Next. `import "server-only"` marks a module that must never reach a browser bundle; Next
// resolves it to an empty module on the server and refuses it in a client one, but plain Node would load
// the package's default entry, which throws. Here it resolves to an empty module too, as on Next's server.
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
