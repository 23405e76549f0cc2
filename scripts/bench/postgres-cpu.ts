// PostgreSQL's own CPU, read from /proc, for the benches' "CPU per message" figures.
import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU milliseconds (user + system) spent so far by PostgreSQL's processes: the postmaster named in
 * its data directory's postmaster.pid and its children (backends, WAL writer, checkpointer).
 */
export function postgresCpuMs(postmasterPid: number): number {
  const ticksToMs = 1000 / 100; // USER_HZ is 100 on Linux
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state(3) ppid(4) … utime(14) stime(15)
      // cutime(16) cstime(17). A backend that exits is reaped by the postmaster, so its CPU moves into the
      // postmaster's cutime/cstime: counting those keeps the total whole when connections close.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(entry) === postmasterPid)
        total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * ticksToMs;
      else if (Number(fields[1]) === postmasterPid) total += (Number(fields[11]) + Number(fields[12])) * ticksToMs;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}
