#!/usr/bin/env node
// Entry point for `npx sociogram`: runs the compiled CLI (built by `npm ci` through the prepare script).
import { main } from '../dist/cli/index.js';

process.exitCode = await main(process.argv);
