#!/usr/bin/env node
'use strict';
// The compiled CLI is built into lib/ by `npm run build:cli`, which `npm ci` runs through `prepare`.
require('../lib/src/cli/main.js').main();
