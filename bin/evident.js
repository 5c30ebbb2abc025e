#!/usr/bin/env node
// Runs the TypeScript sources through tsx's loader, so one `npm install` is all the set-up there is.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
