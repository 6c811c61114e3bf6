// The child side of a server benchmark: the server runs in a process of its own, as it
// would in production, and reports the CPU time it used between 'mark' and 'close',
// which stays meaningful on a machine busy with other work.

/** Announces `server.url` to the parent, then answers its 'mark' and 'close' messages. */
export function serveMeasured(server) {
  let mark = process.cpuUsage();
  process.on('message', async (message) => {
    if (message === 'mark') {
      mark = process.cpuUsage();
      process.send('marked');
    } else if (message === 'close') {
      const used = process.cpuUsage(mark);
      await server.close();
      process.send({ cpuSeconds: (used.user + used.system) / 1e6 });
      process.disconnect();
    }
  });
  process.send(server.url);
}
