/** xhr2 ships no types: it is the XMLHttpRequest that dicomweb-client needs in Node. */
declare module 'xhr2' {
  const XMLHttpRequest: unknown;
  export default XMLHttpRequest;
}
