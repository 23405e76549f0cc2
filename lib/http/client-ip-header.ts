// The header server.ts fills with the TCP peer's address on every request
// (overwriting anything a client sent). Its own module: server.ts must not load
// next/headers before Next has started.
export const CLIENT_IP_HEADER = "x-mend-client-ip";
