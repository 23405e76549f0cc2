import { evaluateMessage } from "./lib/moderation/evaluate-message";
for (const t of process.argv.slice(2)) { const r = evaluateMessage(t); console.log(t, r.action, r.findings.map(f=>f.category)); }
