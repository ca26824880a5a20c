// Lists functions in src/ longer than a limit (default 80 lines), longest first:
// `node scripts/long-functions.mjs [limit]`. Used to keep functions small enough to read.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const limit = Number(process.argv[2] ?? 80)
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (/\.tsx?$/.test(name)) files.push(p)
  }
}
walk('src')
const found = []
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart()).line
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = end - start + 1
      if (lines > limit) {
        let name = node.name?.getText?.() ?? ''
        if (!name && ts.isVariableDeclaration(node.parent)) name = node.parent.name.getText()
        found.push({ file, line: start + 1, name: name || '(anonymous)', lines })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
}
found.sort((a, b) => b.lines - a.lines)
for (const f of found) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`)
console.log(`${found.length} function(s) over ${limit} lines`)
process.exitCode = 0
