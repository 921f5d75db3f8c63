// The production build into the benchmark's own folder, in a child process so that the data sets
// are written meanwhile. The start command then finds it current and does not build again.
import { buildIfNeeded } from "../build-if-needed";

buildIfNeeded(process.argv[2]);
