// The nginx configuration of the two-instance cluster (npm run scale-demo, npm run test:scale): the
// proxy part is docs/deploy.md's, without TLS; everything nginx writes (pid, logs, request bodies)
// goes into the cluster's own directory, so it runs beside the system's nginx without root's paths.
import path from "node:path";

export type NginxSettings = {
  /** The directory the configuration, pid, logs and temp files live in. */
  dir: string;
  port: number;
  /** host:port of each portal instance, in the order round-robin visits them. */
  upstreams: string[];
  /** Running as root, nginx's workers need a user ("the user directive makes sense only" then). */
  asRoot: boolean;
};

/** Tells a client (and the scale test) which instance answered. */
export const UPSTREAM_HEADER = "X-Portal-Upstream";

export function nginxConfig({ dir, port, upstreams, asRoot }: NginxSettings): string {
  const inDir = (name: string) => path.join(dir, name);
  return `# Written by scripts/scale/nginx-config.ts for one run; deleted when the cluster stops.
${asRoot ? "user nobody nogroup;\n" : ""}worker_processes 1;
pid ${inDir("nginx.pid")};
error_log ${inDir("error.log")} warn;

events {
    worker_connections 512;
}

http {
    access_log ${inDir("access.log")};
    client_body_temp_path ${inDir("client-body")};
    proxy_temp_path ${inDir("proxy")};
    fastcgi_temp_path ${inDir("fastcgi")};
    uwsgi_temp_path ${inDir("uwsgi")};
    scgi_temp_path ${inDir("scgi")};

    upstream portal {
${upstreams.map((upstream) => `        server ${upstream};`).join("\n")}
        keepalive 16;
    }

    server {
        listen 127.0.0.1:${port};

        # Evidence files are at most 20 MB; the multipart envelope adds a little (lib/attachments/read-upload.ts).
        client_max_body_size 21m;

        location / {
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # $http_host keeps the port (deploy.md's $host on 443 needs none): redirects stay on this address.
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-Host $http_host;
            proxy_read_timeout 120s;
            # Which instance answered: the scale test proves round-robin with it.
            add_header ${UPSTREAM_HEADER} $upstream_addr always;
        }
    }
}
`;
}
