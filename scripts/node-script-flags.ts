// How a child process runs one of the project's TypeScript scripts: tsx for the types, and "server-only"
// made an empty module (scripts/register-server-only.mjs), as package.json's scripts do.
export const NODE_SCRIPT_FLAGS = ["--import", "tsx", "--import", "./scripts/register-server-only.mjs"];
