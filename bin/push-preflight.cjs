#!/usr/bin/env node
// Entry of `npx push-preflight`: runs the TypeScript CLI through tsx, so it works right after
// `npm install` without a build step. The engine is plain Node; Electron is not involved.
'use strict'
require('tsx/cjs/api').register()
const { main } = require('../src/main/cli.ts')
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err) => {
    // Only a bug gets here: say so in one line, without a stack trace.
    process.stderr.write(
      `push-preflight: internal error: ${err && err.message ? err.message : err}\n`
    )
    process.exitCode = 3
  }
)
