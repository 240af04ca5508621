/** One public hostname of a Cloudflare tunnel and the origin it forwards to. */
export class TunnelRoute {
  /**
   * Routes `hostname` to `port` on localhost: for a connector that runs as a sidecar in its
   * origin's pod, so the path needs neither the pod network nor cluster DNS.
   */
  static toLocalPort(hostname: string, port: number): TunnelRoute {
    checkRoute(hostname, port);
    return new TunnelRoute(hostname, `http://localhost:${port}`, undefined, undefined, port);
  }

  /**
   * Routes `hostname` to the Service `service` in `namespace` on `port`, over plain HTTP inside
   * the cluster (Cloudflare terminates TLS at its edge).
   */
  static toService(hostname: string, service: string, namespace: string, port: number): TunnelRoute {
    checkRoute(hostname, port);
    return new TunnelRoute(hostname, `http://${service}.${namespace}.svc.cluster.local:${port}`, service, namespace, port);
  }

  private constructor(
    readonly hostname: string,
    /** The origin URL cloudflared forwards to. */
    readonly origin: string,
    /** The Service behind the route; undefined for a localhost origin. */
    readonly service: string | undefined,
    readonly namespace: string | undefined,
    readonly port: number,
  ) {}
}

function checkRoute(hostname: string, port: number): void {
  if (!/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/.test(hostname)) {
    throw new Error(`tunnel route hostname: "${hostname}" is not a fully qualified domain name`);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`tunnel route ${hostname} port: ${port} is not a port number`);
}
