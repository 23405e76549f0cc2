import { findByRules } from "./lib/moderation/evaluate-message";
import { netValence, valence } from "./lib/moderation/message-features";
for (const t of process.argv.slice(2)) { const r = findByRules(t); console.log(JSON.stringify(r.prepared.text), [...r.found.keys()], netValence(r.prepared.text)); }
