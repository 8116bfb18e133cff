"""The container rules that hadolint and the Compose schema do not check, run by .ci/run with
the Python of its lint environment (ruamel.yaml comes with check-jsonschema).

Dockerfile: every base image pinned by digest, a numeric USER, no curl installed, no VOLUME,
a HEALTHCHECK through `portico healthcheck`. Compose (deploy/compose.yaml): the app nodes
read-only with every capability dropped and resource limits; no secret given a default
value; the load balancer trusted by exact address, never by a range.

Usage: python deploy/lint.py [Dockerfile] [deploy/compose.yaml]; exits 1 naming each fault.
"""

import re
import sys

from ruamel.yaml import YAML

SECRET_NAME = re.compile(r"(PASSWORD|SECRET|TOKEN|_KEY)$")


def dockerfile(path):
    faults = []
    lines = open(path, encoding="utf-8").read().splitlines()
    # One logical instruction per entry: continuation lines joined, comments dropped.
    instructions, current = [], ""
    for line in lines:
        if line.lstrip().startswith("#") and not current:
            continue
        current += line.rstrip("\\").strip() + " "
        if not line.rstrip().endswith("\\"):
            instructions.append(current.strip())
            current = ""
    for ins in instructions:
        word = ins.split(" ", 1)[0].upper()
        if word == "FROM":
            image = ins.split()[1]
            if "@sha256:" not in image:
                faults.append(f"{path}: FROM {image} is not pinned by digest")
        if word == "USER" and not re.fullmatch(r"USER \d+(:\d+)?", ins):
            faults.append(f"{path}: {ins!r}: the user must be numeric (uid:gid)")
        if word == "VOLUME":
            faults.append(f"{path}: {ins!r}: no VOLUME (stateless nodes keep nothing)")
        if word == "RUN" and re.search(r"apt-get install[^&;|]*\bcurl\b", ins):
            faults.append(f"{path}: curl is installed: use `portico healthcheck`")
    if not any(i.upper().startswith("USER ") for i in instructions):
        faults.append(f"{path}: no USER: the node would run as root")
    health = [i for i in instructions if i.upper().startswith("HEALTHCHECK")]
    if not health or "portico" not in health[-1] or "healthcheck" not in health[-1]:
        faults.append(f"{path}: the HEALTHCHECK must run `portico healthcheck`")
    return faults


def compose(path):
    faults = []
    doc = YAML(typ="safe").load(open(path, encoding="utf-8"))
    services = doc.get("services", {})
    apps = {n: s for n, s in services.items() if "build" in s}
    if not apps:
        faults.append(f"{path}: no app node (a service built from the Dockerfile)")
    for name, svc in apps.items():
        if svc.get("read_only") is not True:
            faults.append(f"{path}: {name}: read_only: true is missing")
        if "ALL" not in (svc.get("cap_drop") or []):
            faults.append(f"{path}: {name}: cap_drop: [ALL] is missing")
        if svc.get("cap_add"):
            faults.append(f"{path}: {name}: the app needs no capability (cap_add)")
        limits = (((svc.get("deploy") or {}).get("resources") or {}).get("limits")) or {}
        for key in ("cpus", "memory", "pids"):
            if key not in limits:
                faults.append(f"{path}: {name}: no {key} limit")
        env = svc.get("environment") or {}
        proxies = str(env.get("PORTICO_TRUSTED_PROXIES", ""))
        if "/" in proxies:
            faults.append(
                f"{path}: {name}: PORTICO_TRUSTED_PROXIES={proxies}: name the balancer's "
                "exact addresses, not a range"
            )
    for name, svc in services.items():
        env = svc.get("environment") or {}
        if isinstance(env, list):
            env = dict(e.split("=", 1) if "=" in e else (e, "") for e in env)
        for key, value in env.items():
            value = "" if value is None else str(value)
            if re.search(r"://[^:/@\s]+:[^@\s]+@", value):
                faults.append(f"{path}: {name}: {key} holds a password: use a *_FILE secret")
            if not SECRET_NAME.search(key):
                continue
            # Allowed: empty, or from the operator's environment with no default.
            if value == "" or re.fullmatch(r"\$\{[A-Z0-9_]+(:?[?][^}]*|:-)?\}", value):
                continue
            faults.append(f"{path}: {name}: {key} has a value in the file: use a secret file")
    return faults


def main(args):
    docker = args[0] if args else "Dockerfile"
    comp = args[1] if len(args) > 1 else "deploy/compose.yaml"
    faults = dockerfile(docker) + compose(comp)
    for f in faults:
        print(f)
    print(f"container rules: {len(faults)} fault(s) in {docker} and {comp}")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
