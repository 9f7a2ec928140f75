#!/usr/bin/env node
// Thin launcher so the bin link exists before the first build; the CLI itself lives in dist/.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
