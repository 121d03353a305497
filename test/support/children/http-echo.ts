/** A child for the supervisor's tests: answers every HTTP request on PORT with its pid. */
import http from 'node:http';

http.createServer((_req, res) => res.end(String(process.pid))).listen(Number(process.env['PORT']), '127.0.0.1');
