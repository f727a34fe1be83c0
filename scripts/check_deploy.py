#!/usr/bin/env python3
"""Drift check for Deploy/: the manifests agree with each other and with the binary.

Usage: scripts/check_deploy.py [--binary PATH] [--no-self-test] [-v]

Parses every deployment file — the Kubernetes manifests and kustomizations under Deploy/k8s,
Deploy/compose.yaml, the systemd unit and its environment file, Deploy/Dockerfile and
.dockerignore — and checks:

  * structure: kinds and API versions are the real ones; the Deployment's probes hit /readyz and
    /healthz on the metrics port, its termination grace covers the worker's shutdown grace, it
    runs non-root with a read-only root filesystem and no capabilities; the PodDisruptionBudget
    and the Service select the Deployment's pods; KEDA scales that Deployment on the input topic
    and consumer group the ConfigMap configures, with maxReplicaCount <= partitions; the
    PrometheusRule's metrics are ones the worker exports; compose services, images, build
    contexts, depends_on conditions and topics are consistent; the systemd unit's stop timeout,
    kill signal and hardening; the Dockerfile's stages, user, port, health check and entry point;
  * the binary: every `--flag` a manifest or a documented `newswatch …` command line uses exists
    in that subcommand's `--help` of the built debug binary, and every NEWSWATCH_* variable a
    manifest sets is one the binary reads (`newswatch run --print-config` resolves it, and
    rejects unknown ones);
  * itself: after the real check passes, a negative self-test plants known drift (an unknown
    flag, an unknown NEWSWATCH_* variable, a wrong probe path, a PDB selecting nothing, KEDA on
    another topic, a grace below the worker's) into in-memory copies and requires each to fail.

Builds the binary with `swift build --product newswatch` when it is missing. Prints one line per
failure and a closing "check_deploy: N passed, N failed" line. Exit status 0 when all pass,
1 when any check fails, 2 on usage errors.
"""

import copy
import functools
import os
import re
import shlex
import subprocess
import sys

try:
    import yaml
except ImportError:
    print("check_deploy: the python package 'pyyaml' is missing; run: python3 -m pip install pyyaml",
          file=sys.stderr)
    sys.exit(2)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEPLOY = os.path.join(ROOT, "Deploy")
K8S = os.path.join(DEPLOY, "k8s")
COMPOSE = os.path.join(DEPLOY, "compose.yaml")
SYSTEMD = os.path.join(DEPLOY, "systemd")
DOCKERFILE = os.path.join(DEPLOY, "Dockerfile")
DOCKERIGNORE = os.path.join(ROOT, ".dockerignore")
# Documents whose `newswatch …` command lines are checked against the binary's flags.
DOCS = [os.path.join(ROOT, "docs", "OPERATIONS.md"), os.path.join(DEPLOY, "README.md")]

# The real API groups/versions of every kind the manifests may contain.
KNOWN_KINDS = {
    ("apps/v1", "Deployment"),
    ("v1", "ConfigMap"),
    ("v1", "Secret"),
    ("v1", "Service"),
    ("policy/v1", "PodDisruptionBudget"),
    ("keda.sh/v1alpha1", "ScaledObject"),
    ("keda.sh/v1alpha1", "TriggerAuthentication"),
    ("monitoring.coreos.com/v1", "PrometheusRule"),
}
SUBCOMMANDS = ("run", "replay", "tail", "extract", "dev-broker", "bench")
COMPOSE_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
SYSTEMD_HARDENING = {
    "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
    "PrivateDevices": "yes", "ProtectKernelTunables": "yes", "ProtectKernelModules": "yes",
    "ProtectKernelLogs": "yes", "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    "MemoryDenyWriteExecute": "yes", "LockPersonality": "yes",
    "SystemCallFilter": "@system-service", "CapabilityBoundingSet": "",
}


# ---------------------------------------------------------------------------------------------
# Loading


def load_yaml_docs(path):
    with open(path, encoding="utf-8") as handle:
        return [doc for doc in yaml.safe_load_all(handle) if doc is not None]


def load_k8s():
    """Every manifest under Deploy/k8s: {'objects': [(path, doc)], 'kustomizations': {dir: doc}}."""
    objects, kustomizations = [], {}
    for directory, _, files in sorted(os.walk(K8S)):
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml")):
                continue
            path = os.path.join(directory, name)
            docs = load_yaml_docs(path)
            if name in ("kustomization.yaml", "kustomization.yml"):
                kustomizations[directory] = docs[0]
            else:
                objects.extend((path, doc) for doc in docs)
    return {"objects": objects, "kustomizations": kustomizations}


def parse_systemd_unit(path):
    """{section: [(key, value)]}, continuation lines joined, comments dropped."""
    sections, current, pending = {}, None, ""
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if pending:
                line, pending = pending + " " + line.strip(), ""
            if line.endswith("\\"):
                pending = line[:-1].rstrip()
                continue
            stripped = line.strip()
            if not stripped or stripped[0] in "#;":
                continue
            if stripped.startswith("[") and stripped.endswith("]"):
                current = stripped[1:-1]
                sections.setdefault(current, [])
                continue
            if "=" not in stripped or current is None:
                raise ValueError(f"{path}: not a unit-file line: {stripped!r}")
            key, value = stripped.split("=", 1)
            sections[current].append((key.strip(), value.strip()))
    return sections


def parse_env_file(path):
    """KEY=VALUE lines (systemd EnvironmentFile syntax, comments and blanks skipped)."""
    env = {}
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.strip()
            if not line or line[0] in "#;":
                continue
            if "=" not in line:
                raise ValueError(f"{path}:{number}: not KEY=VALUE: {line!r}")
            key, value = line.split("=", 1)
            env[key.strip()] = value.strip().strip('"').strip("'")
    return env


def parse_dockerfile(path):
    """[(INSTRUCTION, argument text)] with continuations joined and comments dropped."""
    instructions, pending = [], ""
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.lstrip().startswith("#") and not pending:
                continue
            if line.lstrip().startswith("#"):
                continue
            if line.endswith("\\"):
                pending += line[:-1] + " "
                continue
            line, pending = pending + line, ""
            if not line.strip():
                continue
            word, _, rest = line.strip().partition(" ")
            instructions.append((word.upper(), rest.strip()))
    return instructions


def load_all():
    manifests = {
        "k8s": load_k8s(),
        "compose": load_yaml_docs(COMPOSE)[0],
        "units": {},
        "envfiles": {},
        "dockerfile": parse_dockerfile(DOCKERFILE),
        "dockerignore": open(DOCKERIGNORE, encoding="utf-8").read().split("\n"),
        "docs": {},
    }
    for name in sorted(os.listdir(SYSTEMD)):
        path = os.path.join(SYSTEMD, name)
        if name.endswith(".service"):
            manifests["units"][path] = parse_systemd_unit(path)
        elif name.endswith(".env"):
            manifests["envfiles"][path] = parse_env_file(path)
    for path in DOCS:
        if os.path.exists(path):
            manifests["docs"][path] = open(path, encoding="utf-8").read()
    return manifests


# ---------------------------------------------------------------------------------------------
# The binary


class Binary:
    """What the built `newswatch` accepts: flags per subcommand and the settings it reads."""

    def __init__(self, path):
        self.path = path
        self.flags = {}
        self._config_cache = {}

    def has_worker(self):
        """Whether the binary has `newswatch run` yet (the worker part may not be merged)."""
        return self.help("run") is not None

    def help(self, subcommand):
        if subcommand not in self.flags:
            result = subprocess.run([self.path, subcommand, "--help"], capture_output=True, text=True,
                                    timeout=60)
            text = result.stdout + result.stderr
            # ArgumentParser answers `--help` of an unknown subcommand with the parent's help.
            if result.returncode != 0 or not re.search(rf"USAGE:.*\bnewswatch {re.escape(subcommand)}\b", text):
                self.flags[subcommand] = None
            else:
                self.flags[subcommand] = parse_help_flags(result.stdout + result.stderr)
        return self.flags[subcommand]

    def print_config(self, env=(), args=()):
        """(exit status, output) of `newswatch run --print-config` with only `env` set."""
        key = (tuple(sorted(dict(env).items())), tuple(args))
        if key not in self._config_cache:
            clean = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
            clean.update(env)
            result = subprocess.run([self.path, "run", *args, "--print-config"], capture_output=True,
                                    text=True, env=clean, timeout=60)
            self._config_cache[key] = (result.returncode, result.stdout + result.stderr)
        return self._config_cache[key]

    def env_names(self):
        """NEWSWATCH_* names the binary reads: named in `run --help`, or derived from the
        `--print-config` keys (NEWSWATCH_ + key upper-cased, '-' and '.' as '_')."""
        if not hasattr(self, "_env_names"):
            result = subprocess.run([self.path, "run", "--help"], capture_output=True, text=True, timeout=60)
            names = set(re.findall(r"\bNEWSWATCH_[A-Z0-9_]*[A-Z0-9]", result.stdout + result.stderr))
            names.update("NEWSWATCH_" + re.sub(r"[-.]", "_", key).upper() for key in self.defaults())
            self._env_names = names
        return self._env_names

    def defaults(self):
        """The default settings as {key: value} from `--print-config` (key = value lines)."""
        status, output = self.print_config()
        if status != 0:
            raise RuntimeError(f"`newswatch run --print-config` exited {status}: {output.strip()}")
        return parse_config_output(output)


def parse_help_flags(text):
    """Long option names in an ArgumentParser help text (`--name`, `--flag/--no-flag`)."""
    flags = set()
    for line in text.splitlines():
        match = re.match(r"^\s{1,8}((?:-\w, )?--[\w.-]+(?:[ /,]+--[\w.-]+)*)", line)
        if match:
            flags.update(re.findall(r"--[\w.-]+", match.group(1)))
    return flags


def parse_config_output(text):
    """`key = value` (or `key: value`) lines of --print-config; other lines ignored."""
    config = {}
    for line in text.splitlines():
        match = re.match(r"^\s*([A-Za-z][\w.-]*)\s*[=:]\s*(.*?)\s*$", line)
        if match:
            config[match.group(1)] = match.group(2).strip('"')
    return config


def find_binary(explicit):
    if explicit:
        return explicit
    swift = os.environ.get("SWIFT", "swift")
    try:
        bin_path = subprocess.run([swift, "build", "--show-bin-path"], cwd=ROOT, capture_output=True,
                                  text=True, timeout=120).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        bin_path = os.path.join(ROOT, ".build", "debug")
    path = os.path.join(bin_path or os.path.join(ROOT, ".build", "debug"), "newswatch")
    if not os.access(path, os.X_OK):
        print("check_deploy: building the debug binary (swift build --product newswatch)", file=sys.stderr)
        result = subprocess.run([swift, "build", "--product", "newswatch"], cwd=ROOT)
        if result.returncode != 0 or not os.access(path, os.X_OK):
            print(f"check_deploy: could not build {path}", file=sys.stderr)
            sys.exit(2)
    return path


# ---------------------------------------------------------------------------------------------
# Helpers over the loaded manifests


def objects_of(manifests, kind):
    return [(path, doc) for path, doc in manifests["k8s"]["objects"] if doc.get("kind") == kind]


def one_of(manifests, kind, name=None):
    found = [doc for _, doc in objects_of(manifests, kind)
             if name is None or doc.get("metadata", {}).get("name") == name]
    return found[0] if found else None


def selects(selector, labels):
    """matchLabels of a label selector are a subset of the labels (and not empty)."""
    match = (selector or {}).get("matchLabels") if "matchLabels" in (selector or {}) else selector
    return bool(match) and all(labels.get(k) == v for k, v in match.items())


def duration_seconds(text):
    """Seconds in a systemd/compose duration ('35s', '1min 5s', '1m30s', '35')."""
    text = str(text).strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    units = {"ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}
    total, rest = 0.0, text.replace(" ", "")
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)([a-z]+)", rest):
        if unit not in units:
            raise ValueError(f"unknown duration unit in {text!r}")
        total += float(number) * units[unit]
    return total


def split_docs_commands(text):
    """`newswatch SUBCOMMAND …` command lines in the fenced code blocks of a Markdown text."""
    commands, in_block, pending = [], False, ""
    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_block, pending = not in_block, ""
            continue
        if not in_block:
            continue
        line = pending + line.strip()
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        pending = ""
        for segment in re.split(r"\|\||&&|[|;]", line):
            # `newswatch run …`, `/usr/local/bin/newswatch run …`, `docker run … newswatch:0.1.0 run …`
            match = re.search(r"(?:^|[\s/])newswatch(?::[\w.-]+)?\s+(" + "|".join(SUBCOMMANDS) + r")(\s.*|$)",
                              segment)
            if match:
                try:
                    words = shlex.split(match.group(2).split(" #", 1)[0], posix=True)
                except ValueError:
                    words = match.group(2).split()
                commands.append([match.group(1)] + words)
    return commands


def newswatch_invocations(manifests):
    """(where, [subcommand, args…]) for every newswatch command line in the manifests and docs."""
    found = []
    for path, doc in objects_of(manifests, "Deployment"):
        for container in doc["spec"]["template"]["spec"].get("containers", []):
            argv = list(container.get("command", [])[1:]) + list(container.get("args", []))
            if argv:
                found.append((f"{rel(path)} container {container['name']}", argv))
    for name, service in manifests["compose"].get("services", {}).items():
        if is_newswatch_service(service):
            command = service.get("command", ["run"])
            argv = shlex.split(command) if isinstance(command, str) else list(command)
            found.append((f"{rel(COMPOSE)} service {name}", argv))
    for path, unit in manifests["units"].items():
        for key, value in unit.get("Service", []):
            if key == "ExecStart":
                words = shlex.split(value.lstrip("-@:+!"))
                found.append((f"{rel(path)} ExecStart", words[1:]))
    entry = dockerfile_json(manifests, "ENTRYPOINT") or []
    cmd = dockerfile_json(manifests, "CMD") or []
    if entry == ["newswatch"]:
        found.append((f"{rel(DOCKERFILE)} CMD", cmd))
    for path, text in manifests["docs"].items():
        for argv in split_docs_commands(text):
            found.append((f"{rel(path)} `newswatch {' '.join(argv)}`", argv))
    return found


def env_settings(manifests):
    """(where, {NAME: value}) for every group of NEWSWATCH_* settings a worker would see."""
    groups = []
    config_maps = {doc["metadata"]["name"]: doc.get("data", {}) for _, doc in objects_of(manifests, "ConfigMap")}
    secrets = {doc["metadata"]["name"]: {**doc.get("stringData", {}), **doc.get("data", {})}
               for _, doc in objects_of(manifests, "Secret")}
    for path, doc in objects_of(manifests, "Deployment"):
        for container in doc["spec"]["template"]["spec"].get("containers", []):
            env = {}
            for source in container.get("envFrom", []):
                if "configMapRef" in source:
                    env.update(config_maps.get(source["configMapRef"]["name"], {}))
                if "secretRef" in source:
                    env.update(secrets.get(source["secretRef"]["name"], {}))
            for item in container.get("env", []):
                env[item["name"]] = item.get("value", "from-reference")
            groups.append((f"{rel(path)} container {container['name']} (ConfigMap + Secret)", env))
    # Every overlay patch that adds NEWSWATCH_* data, merged onto the base ConfigMap.
    for directory, kustomization in manifests["k8s"]["kustomizations"].items():
        added = {}
        for patch in kustomization.get("patches", []):
            if patch.get("target", {}).get("kind") != "ConfigMap" or "patch" not in patch:
                continue
            for op in yaml.safe_load(patch["patch"]) or []:
                match = re.fullmatch(r"/data/(\w+)", op.get("path", ""))
                if match and op.get("op") in ("add", "replace"):
                    added[match.group(1)] = str(op.get("value"))
        if added:
            base = {}
            for values in config_maps.values():
                base.update(values)
            for values in secrets.values():
                base.update(values)
            groups.append((f"{rel(directory)}/kustomization.yaml patches", {**base, **added}))
    for name, service in manifests["compose"].get("services", {}).items():
        if is_newswatch_service(service):
            env = service.get("environment", {}) or {}
            if isinstance(env, list):
                env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
            groups.append((f"{rel(COMPOSE)} service {name}", {k: str(v) for k, v in env.items()}))
    for path, env in manifests["envfiles"].items():
        groups.append((rel(path), env))
        # Commented-out examples in the file must be real names too.
        examples = {}
        for line in open(path, encoding="utf-8"):
            match = re.match(r"^#\s*(NEWSWATCH_\w+)=(.*)$", line.strip())
            if match:
                examples[match.group(1)] = match.group(2) or "x"
        if examples:
            groups.append((f"{rel(path)} with its commented examples", {**env, **examples}))
    env = {}
    for instruction, argument in manifests["dockerfile"]:
        if instruction == "ENV":
            for key, value in re.findall(r"(\w+)=(\S+)", argument):
                env[key] = value
    groups.append((rel(DOCKERFILE) + " ENV", {k: v for k, v in env.items() if k.startswith("NEWSWATCH_")}))
    return [(where, {k: v for k, v in env.items() if k.startswith("NEWSWATCH_")}) for where, env in groups]


def is_newswatch_service(service):
    dockerfile = (service.get("build") or {}).get("dockerfile", "") if isinstance(service.get("build"), dict) else ""
    return "newswatch" in str(service.get("image", "")) or dockerfile.endswith("Deploy/Dockerfile")


def dockerfile_json(manifests, instruction):
    values = [argument for word, argument in manifests["dockerfile"] if word == instruction]
    if not values:
        return None
    try:
        return yaml.safe_load(values[-1])
    except yaml.YAMLError:
        return values[-1]


def rel(path):
    return os.path.relpath(path, ROOT)


# ---------------------------------------------------------------------------------------------
# The checks. Each yields (name, problem-or-None).


class Settings:
    """The worker settings the manifests must agree with, from the binary's defaults."""

    def __init__(self, defaults, config_map):
        def pick(*keys, default=None):
            for key in keys:
                env = "NEWSWATCH_" + key.upper().replace("-", "_").replace(".", "_")
                if env in config_map:
                    return config_map[env]
            for key in keys:
                if key in defaults:
                    return defaults[key]
            return default
        self.http_port = int(pick("http-port", default="9464"))
        self.shutdown_grace = duration_seconds(pick("shutdown-grace", default="25"))
        self.input_topic = pick("input-topic", "topic", "articles-topic", default="news.articles")
        self.group = pick("group", "group-id", default="newswatch")
        self.brokers = pick("brokers", default="")
        self.topics = [
            self.input_topic,
            pick("operations-topic", default="alerts.operations"),
            pick("schedules-topic", default="alerts.schedules"),
            pick("dlq-topic", "dead-letter-topic", default="news.articles.dlq"),
        ]
        partitions = pick("partitions", default=None)
        self.partitions = int(partitions) if partitions and str(partitions).isdigit() else None


def check_kinds(manifests):
    for path, doc in manifests["k8s"]["objects"]:
        pair = (doc.get("apiVersion"), doc.get("kind"))
        name = doc.get("metadata", {}).get("name")
        yield (f"{rel(path)}: {pair[1]} {name} has a known apiVersion/kind",
               None if pair in KNOWN_KINDS else f"unknown apiVersion/kind {pair}")
        yield (f"{rel(path)}: {pair[1]} has metadata.name", None if name else "metadata.name missing")
    referenced = set()
    for directory, kustomization in manifests["k8s"]["kustomizations"].items():
        for resource in kustomization.get("resources", []):
            target = os.path.normpath(os.path.join(directory, resource))
            referenced.add(target)
            ok = os.path.isfile(target) or os.path.isfile(os.path.join(target, "kustomization.yaml"))
            yield (f"{rel(directory)}/kustomization.yaml: resource {resource} exists",
                   None if ok else f"{target} is neither a manifest nor a kustomization")
    for path, _ in manifests["k8s"]["objects"]:
        yield (f"{rel(path)} is listed in a kustomization",
               None if path in referenced else "no kustomization.yaml lists it")


def check_deployment(manifests, settings):
    deployment = one_of(manifests, "Deployment")
    if deployment is None:
        yield ("a Deployment exists", "Deploy/k8s has no Deployment")
        return
    spec = deployment["spec"]
    pod = spec["template"]["spec"]
    labels = spec["template"]["metadata"].get("labels", {})
    yield ("Deployment selector matches its pod labels",
           None if selects(spec.get("selector"), labels) else f"selector {spec.get('selector')} vs labels {labels}")
    containers = [c for c in pod.get("containers", []) if c.get("name") == "newswatch"]
    if not containers:
        yield ("Deployment has a container named newswatch", "no container named newswatch")
        return
    container = containers[0]
    ports = {p.get("name"): p.get("containerPort") for p in container.get("ports", [])}
    yield ("Deployment exposes the metrics port",
           None if settings.http_port in ports.values() else f"no containerPort {settings.http_port} (ports {ports})")

    def probe_problem(kind, path):
        probe = container.get(kind)
        if not probe:
            return f"{kind} missing"
        get = probe.get("httpGet", {})
        port = get.get("port")
        port = ports.get(port, port) if isinstance(port, str) else port
        if get.get("path") != path:
            return f"{kind} path {get.get('path')!r}, want {path!r}"
        if port != settings.http_port:
            return f"{kind} port {get.get('port')!r} is not the metrics port {settings.http_port}"
        return None
    yield ("Deployment readinessProbe is GET /readyz on the metrics port", probe_problem("readinessProbe", "/readyz"))
    yield ("Deployment livenessProbe is GET /healthz on the metrics port", probe_problem("livenessProbe", "/healthz"))
    if "startupProbe" in container:
        yield ("Deployment startupProbe is GET /healthz on the metrics port", probe_problem("startupProbe", "/healthz"))
    grace = pod.get("terminationGracePeriodSeconds", 30)
    yield (f"Deployment terminationGracePeriodSeconds ({grace}) >= shutdown grace ({settings.shutdown_grace:g} s) + 5",
           None if grace >= settings.shutdown_grace + 5 else "the kubelet would SIGKILL the worker mid-commit")
    security = container.get("securityContext", {})
    pod_security = pod.get("securityContext", {})
    problems = []
    if not (security.get("runAsNonRoot") or pod_security.get("runAsNonRoot")):
        problems.append("runAsNonRoot not set")
    if security.get("readOnlyRootFilesystem") is not True:
        problems.append("readOnlyRootFilesystem not true")
    if security.get("allowPrivilegeEscalation") is not False:
        problems.append("allowPrivilegeEscalation not false")
    if "ALL" not in security.get("capabilities", {}).get("drop", []):
        problems.append("capabilities.drop lacks ALL")
    yield ("Deployment runs non-root, read-only root, no capabilities", "; ".join(problems) or None)
    user = docker_user(manifests)
    run_as = security.get("runAsUser", pod_security.get("runAsUser"))
    yield ("Deployment runAsUser equals the image's USER",
           None if run_as is None or str(run_as) == str(user) else f"runAsUser {run_as}, image USER {user}")
    resources = container.get("resources", {})
    yield ("Deployment sets CPU and memory requests and limits",
           None if all(resources.get(a, {}).get(b) for a in ("requests", "limits") for b in ("cpu", "memory"))
           else f"resources {resources}")
    config_maps = {doc["metadata"]["name"] for _, doc in objects_of(manifests, "ConfigMap")}
    secrets = {doc["metadata"]["name"] for _, doc in objects_of(manifests, "Secret")}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            name = source["configMapRef"]["name"]
            yield (f"Deployment envFrom ConfigMap {name} exists", None if name in config_maps else "no such ConfigMap")
        if "secretRef" in source:
            name = source["secretRef"]["name"]
            ok = name in secrets or source["secretRef"].get("optional") is True
            yield (f"Deployment envFrom Secret {name} exists or is optional", None if ok else "no such Secret")
    argv = list(container.get("args", []))
    yield ("Deployment runs `newswatch run`", None if argv[:1] == ["run"] else f"args {argv}")


def docker_user(manifests):
    users = [argument for word, argument in manifests["dockerfile"] if word == "USER"]
    return users[-1].split(":")[0] if users else None


def check_pdb_and_service(manifests, settings):
    deployment = one_of(manifests, "Deployment")
    labels = deployment["spec"]["template"]["metadata"].get("labels", {}) if deployment else {}
    for path, pdb in objects_of(manifests, "PodDisruptionBudget"):
        spec = pdb.get("spec", {})
        yield (f"{rel(path)}: PDB selects the Deployment's pods",
               None if selects(spec.get("selector"), labels) else f"selector {spec.get('selector')} vs {labels}")
        yield (f"{rel(path)}: PDB sets exactly one of minAvailable/maxUnavailable",
               None if ("minAvailable" in spec) != ("maxUnavailable" in spec) else "set one of them")
    if not objects_of(manifests, "PodDisruptionBudget"):
        yield ("a PodDisruptionBudget exists", "none")
    container_ports = {}
    if deployment:
        for container in deployment["spec"]["template"]["spec"].get("containers", []):
            container_ports.update({p.get("name"): p.get("containerPort") for p in container.get("ports", [])})
    for path, service in objects_of(manifests, "Service"):
        spec = service.get("spec", {})
        yield (f"{rel(path)}: Service selects the Deployment's pods",
               None if selects(spec.get("selector"), labels) else f"selector {spec.get('selector')} vs {labels}")
        for port in spec.get("ports", []):
            target = port.get("targetPort", port.get("port"))
            resolved = container_ports.get(target, target) if isinstance(target, str) else target
            yield (f"{rel(path)}: Service port {port.get('name')} targets the metrics port",
                   None if resolved == settings.http_port else f"targetPort {target!r} → {resolved}")
        annotations = service["metadata"].get("annotations", {})
        if annotations.get("prometheus.io/scrape") == "true":
            yield (f"{rel(path)}: prometheus.io/port and path annotations are the metrics endpoint",
                   None if annotations.get("prometheus.io/port") == str(settings.http_port)
                   and annotations.get("prometheus.io/path", "/metrics") == "/metrics"
                   else f"annotations {annotations}")
    if not objects_of(manifests, "Service"):
        yield ("a metrics Service exists", "none")


def check_keda(manifests, settings):
    deployment = one_of(manifests, "Deployment")
    scaled = objects_of(manifests, "ScaledObject")
    if not scaled:
        yield ("a KEDA ScaledObject exists", "none")
    auths = {doc["metadata"]["name"]: doc for _, doc in objects_of(manifests, "TriggerAuthentication")}
    secrets = {doc["metadata"]["name"]: {**doc.get("stringData", {}), **doc.get("data", {})}
               for _, doc in objects_of(manifests, "Secret")}
    for path, doc in scaled:
        spec = doc.get("spec", {})
        target = spec.get("scaleTargetRef", {})
        yield (f"{rel(path)}: scaleTargetRef is the Deployment",
               None if deployment and target.get("name") == deployment["metadata"]["name"]
               and target.get("kind", "Deployment") == "Deployment" else f"scaleTargetRef {target}")
        low, high = spec.get("minReplicaCount", 0), spec.get("maxReplicaCount", 100)
        yield (f"{rel(path)}: 0 <= minReplicaCount <= maxReplicaCount",
               None if 0 <= low <= high else f"min {low}, max {high}")
        if settings.partitions is not None:
            yield (f"{rel(path)}: maxReplicaCount ({high}) <= partitions ({settings.partitions})",
                   None if high <= settings.partitions else "replicas beyond the partition count sit idle")
        else:
            comment_partitions = re.search(r"matching (\d+) partitions", open(path, encoding="utf-8").read())
            yield (f"{rel(path)}: maxReplicaCount ({high}) <= the partitions it documents",
                   None if comment_partitions and high <= int(comment_partitions.group(1))
                   else "say 'matching N partitions' in the file and keep maxReplicaCount <= N")
        kafka = [t for t in spec.get("triggers", []) if t.get("type") == "kafka"]
        yield (f"{rel(path)}: has a kafka trigger", None if kafka else "no trigger of type kafka")
        for trigger in kafka:
            meta = trigger.get("metadata", {})
            yield (f"{rel(path)}: kafka trigger topic is the input topic ({settings.input_topic})",
                   None if meta.get("topic") == settings.input_topic else f"topic {meta.get('topic')!r}")
            yield (f"{rel(path)}: kafka trigger consumerGroup is the workers' group ({settings.group})",
                   None if meta.get("consumerGroup") == settings.group else f"consumerGroup {meta.get('consumerGroup')!r}")
            if settings.brokers:
                yield (f"{rel(path)}: kafka trigger bootstrapServers equal the workers' brokers",
                       None if meta.get("bootstrapServers") == settings.brokers
                       else f"{meta.get('bootstrapServers')!r} vs {settings.brokers!r}")
            yield (f"{rel(path)}: lagThreshold is a positive integer string",
                   None if re.fullmatch(r"[1-9]\d*", str(meta.get("lagThreshold", ""))) else "lagThreshold")
            ref = trigger.get("authenticationRef", {}).get("name")
            if ref:
                yield (f"{rel(path)}: authenticationRef {ref} exists", None if ref in auths else "no such TriggerAuthentication")
    for name, auth in auths.items():
        for item in auth.get("spec", {}).get("secretTargetRef", []):
            keys = secrets.get(item.get("name"))
            yield (f"TriggerAuthentication {name}: {item.get('parameter')} comes from an existing Secret key",
                   None if keys is not None and item.get("key") in keys else f"Secret {item.get('name')} key {item.get('key')}")


def check_overlay_patches(manifests):
    """JSON-patch targets of every kustomization exist, and kubectl kustomize builds (when present)."""
    known = {(doc.get("kind"), doc.get("metadata", {}).get("name")) for _, doc in manifests["k8s"]["objects"]}
    for directory, kustomization in manifests["k8s"]["kustomizations"].items():
        for patch in kustomization.get("patches", []):
            target = patch.get("target", {})
            yield (f"{rel(directory)}/kustomization.yaml: patch target {target.get('kind')}/{target.get('name')} exists",
                   None if (target.get("kind"), target.get("name")) in known else "no such object")
    kubectl = shutil_which("kubectl")
    if kubectl:
        for directory in manifests["k8s"]["kustomizations"]:
            status, errors = run_cached((kubectl, "kustomize", directory))
            yield (f"kubectl kustomize {rel(directory)} builds",
                   None if status == 0 else errors.strip().splitlines()[-1:])


@functools.lru_cache(maxsize=None)
def run_cached(argv):
    """(exit status, stdout + stderr) of a tool that reads the files on disk (same every time)."""
    result = subprocess.run(list(argv), capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


def shutil_which(name):
    import shutil
    return shutil.which(name)


def exported_metric_names():
    """newswatch_* names that appear in the Swift sources (where the worker registers metrics)."""
    names = set()
    for directory, _, files in os.walk(os.path.join(ROOT, "Sources")):
        for name in files:
            if name.endswith(".swift"):
                text = open(os.path.join(directory, name), encoding="utf-8").read()
                names.update(re.findall(r"\bnewswatch_[a-z0-9_]+", text))
    return names


def check_prometheus_rules(manifests, check_names):
    exported = exported_metric_names()
    for path, rule in objects_of(manifests, "PrometheusRule"):
        for group in rule.get("spec", {}).get("groups", []):
            for item in group.get("rules", []):
                name = item.get("alert") or item.get("record")
                yield (f"{rel(path)}: rule {name} has alert/record and expr",
                       None if name and item.get("expr") else "alert/record or expr missing")
                used = set(re.findall(r"\bnewswatch_[a-z0-9_]+", str(item.get("expr", "")))) if check_names else set()
                for metric in sorted(used):
                    base = re.sub(r"_(bucket|sum|count)$", "", metric)
                    ok = metric in exported or base in exported or re.sub(r"_total$", "", metric) in exported
                    yield (f"{rel(path)}: {name} uses metric {metric} the worker exports",
                           None if ok else "no such metric name in Sources/")


def check_compose(manifests, settings):
    compose = manifests["compose"]
    services = compose.get("services", {})
    workers = [n for n, s in services.items() if is_newswatch_service(s) and command_of(s)[:1] == ["run"]]
    tails = [n for n, s in services.items() if is_newswatch_service(s) and command_of(s)[:1] == ["tail"]]
    kafka = [n for n, s in services.items() if str(s.get("image", "")).startswith("apache/kafka:")]
    yield ("compose: an apache/kafka broker service", None if kafka else "no service with image apache/kafka:<tag>")
    yield ("compose: at least two `newswatch run` workers", None if len(workers) >= 2 else f"workers {workers}")
    yield ("compose: a `newswatch tail` subscriber", None if tails else "no tail service")
    for name, service in services.items():
        image = str(service.get("image", ""))
        tag = image.rsplit(":", 1)[-1] if ":" in image.split("/")[-1] else ""
        if "${" not in image:
            yield (f"compose: service {name} image {image!r} has a pinned tag",
                   None if tag and tag != "latest" else "pin a version tag")
        build = service.get("build")
        if isinstance(build, dict):
            context = os.path.normpath(os.path.join(DEPLOY, build.get("context", ".")))
            dockerfile = os.path.join(context, build.get("dockerfile", "Dockerfile"))
            yield (f"compose: service {name} builds from an existing Dockerfile",
                   None if os.path.isfile(dockerfile) else f"{dockerfile} missing")
        depends = service.get("depends_on", {})
        depends = {d: {"condition": "service_started"} for d in depends} if isinstance(depends, list) else depends
        for other, condition in depends.items():
            cond = (condition or {}).get("condition", "service_started")
            problem = None
            if other not in services:
                problem = "no such service"
            elif cond not in COMPOSE_CONDITIONS:
                problem = f"unknown condition {cond}"
            elif cond == "service_healthy" and not services[other].get("healthcheck") and not is_newswatch_service(services[other]):
                problem = f"{other} has no healthcheck"
            yield (f"compose: {name} depends on {other} ({cond})", problem)
        for volume in service.get("volumes", []) or []:
            source = str(volume).split(":", 1)[0]
            if source.startswith("."):
                yield (f"compose: {name} mounts existing {source}",
                       None if os.path.exists(os.path.join(DEPLOY, source)) else "path missing")
    for name in workers:
        service = services[name]
        argv = command_of(service)
        brokers = argv[argv.index("--brokers") + 1] if "--brokers" in argv[:-1] else ""
        host = brokers.split(",")[0].rsplit(":", 1)[0]
        yield (f"compose: {name} --brokers points at a compose service", None if host in services else f"{brokers!r}")
        grace = duration_seconds(service.get("stop_grace_period", "10s"))
        yield (f"compose: {name} stop_grace_period ({grace:g} s) > shutdown grace ({settings.shutdown_grace:g} s)",
               None if grace > settings.shutdown_grace else "docker would SIGKILL the worker mid-commit")
        test = " ".join(map(str, (service.get("healthcheck") or {}).get("test", [])))
        if test:
            yield (f"compose: {name} healthcheck hits /healthz or /readyz on the metrics port",
                   None if re.search(rf":{settings.http_port}/(healthz|readyz)\b", test) else test)
        for port in service.get("ports", []) or []:
            target = str(port).rsplit(":", 1)[-1]
            yield (f"compose: {name} publishes the metrics port",
                   None if target == str(settings.http_port) else f"port mapping {port}")
    scripts = " ".join(" ".join(command_of(s)) for s in services.values())
    for topic in settings.topics:
        yield (f"compose: topic {topic} is created", None if topic in scripts else "no service creates it")
    for name in tails:
        argv = command_of(services[name])
        yield (f"compose: {name} subscribes to both alert topics",
               None if all(t in argv for t in settings.topics[1:3]) else f"command {argv}")


def command_of(service):
    command = service.get("command", [])
    return shlex.split(command) if isinstance(command, str) else [str(x) for x in command]


def check_systemd(manifests, settings):
    if not manifests["units"]:
        yield ("a systemd unit exists", "Deploy/systemd has no .service")
    for path, unit in manifests["units"].items():
        service = dict(unit.get("Service", []))
        where = rel(path)
        yield (f"{where}: Type is simple or notify", None if service.get("Type") in ("simple", "notify", "exec") else service.get("Type"))
        yield (f"{where}: Restart=on-failure", None if service.get("Restart") == "on-failure" else service.get("Restart"))
        yield (f"{where}: KillSignal=SIGTERM", None if service.get("KillSignal", "SIGTERM") == "SIGTERM" else service.get("KillSignal"))
        stop = duration_seconds(service.get("TimeoutStopSec", "90s"))
        yield (f"{where}: TimeoutStopSec ({stop:g} s) > shutdown grace ({settings.shutdown_grace:g} s)",
               None if stop > settings.shutdown_grace else "systemd would SIGKILL the worker mid-commit")
        env_file = service.get("EnvironmentFile", "").lstrip("-")
        yield (f"{where}: EnvironmentFile is set", None if env_file else "EnvironmentFile missing")
        user_ok = service.get("DynamicUser") == "yes" or service.get("User") not in (None, "", "root")
        yield (f"{where}: runs as a dynamic or dedicated user", None if user_ok else "set DynamicUser=yes or User=")
        missing = [f"{k}={v}" for k, v in SYSTEMD_HARDENING.items() if service.get(k) != v]
        yield (f"{where}: hardening directives", ", ".join(missing) or None)
        words = shlex.split(service.get("ExecStart", ""))
        yield (f"{where}: ExecStart runs `newswatch run`",
               None if words[:1] and words[0].endswith("/newswatch") and words[1:2] == ["run"] else words)
        analyze = shutil_which("systemd-analyze")
        if analyze:
            _, output = run_cached((analyze, "verify", "--man=no", path))
            problems = [line for line in output.splitlines()
                        if line.strip() and "is not executable" not in line and "No such file" not in line]
            yield (f"{where}: systemd-analyze verify", "; ".join(problems) or None)


def check_dockerfile(manifests, settings):
    instructions = manifests["dockerfile"]
    args = {}
    stages = []
    for word, argument in instructions:
        if word == "ARG" and "=" in argument and not stages:
            key, value = argument.split("=", 1)
            args[key] = value
        if word == "FROM":
            image = re.sub(r"\$\{?(\w+)\}?", lambda m: args.get(m.group(1), m.group(0)), argument.split()[0])
            stages.append(image)
    yield ("Dockerfile: two stages", None if len(stages) >= 2 else f"stages {stages}")
    if stages:
        yield (f"Dockerfile: builder is the Swift 6 bookworm image ({stages[0]})",
               None if re.fullmatch(r"swift:6(\.\d+)*-bookworm", stages[0]) else stages[0])
        yield (f"Dockerfile: runtime is debian:bookworm-slim ({stages[-1]})",
               None if stages[-1] == "debian:bookworm-slim" else stages[-1])
    runs = [a for w, a in instructions if w == "RUN"]
    text = "\n".join(runs)
    yield ("Dockerfile: builder installs librdkafka-dev", None if "librdkafka-dev" in text else "missing")
    yield ("Dockerfile: runtime installs librdkafka1 and ca-certificates",
           None if "librdkafka1" in text and "ca-certificates" in text else "missing")
    yield ("Dockerfile: release build with the static Swift stdlib of the newswatch product",
           None if re.search(r"swift build -c release --static-swift-stdlib --product newswatch", text) else "missing")
    user = docker_user(manifests)
    yield ("Dockerfile: USER is a non-root numeric uid", None if user and user.isdigit() and user != "0" else user)
    exposed = [a for w, a in instructions if w == "EXPOSE"]
    yield ("Dockerfile: EXPOSE the metrics port", None if str(settings.http_port) in " ".join(exposed) else exposed)
    health = " ".join(a for w, a in instructions if w == "HEALTHCHECK")
    yield ("Dockerfile: HEALTHCHECK hits /healthz on the metrics port",
           None if f":{settings.http_port}/healthz" in health else health or "missing")
    tools = re.findall(r'"(curl|wget)"', health)
    yield ("Dockerfile: the healthcheck's tool is installed",
           None if tools and re.search(rf"\b{tools[0]}\b", text) else f"healthcheck uses {tools}")
    stop = [a for w, a in instructions if w == "STOPSIGNAL"]
    yield ("Dockerfile: STOPSIGNAL SIGTERM", None if stop == ["SIGTERM"] else stop)
    yield ("Dockerfile: ENTRYPOINT [\"newswatch\"]", None if dockerfile_json(manifests, "ENTRYPOINT") == ["newswatch"] else "wrong")
    yield ("Dockerfile: CMD [\"run\"]", None if dockerfile_json(manifests, "CMD") == ["run"] else "wrong")
    copies = " ".join(a for w, a in instructions if w == "COPY")
    yield ("Dockerfile: ships seeds/ for the demo", None if re.search(r"\bseeds\b", copies) else "no COPY of seeds")
    for word, argument in instructions:
        if word == "COPY" and "--from" not in argument:
            for source in argument.split()[:-1]:
                if not source.startswith("--"):
                    yield (f"Dockerfile: COPY source {source} exists",
                           None if os.path.exists(os.path.join(ROOT, source)) else "missing in the build context")
    ignored = [line.strip() for line in manifests["dockerignore"] if line.strip() and not line.startswith("#")]
    yield (".dockerignore excludes .build*", None if any(p.startswith(".build") for p in ignored) else ignored)


def check_binary(manifests, binary):
    for where, argv in newswatch_invocations(manifests):
        if not argv or argv[0] not in SUBCOMMANDS:
            yield (f"{where}: names a subcommand", f"argv {argv}")
            continue
        known = binary.help(argv[0])
        if known is None:
            yield (f"{where}: `newswatch {argv[0]}` exists in the binary", "`--help` failed")
            continue
        for word in argv[1:]:
            if word.startswith("--"):
                flag = word.split("=", 1)[0]
                yield (f"{where}: {flag} is a flag of `newswatch {argv[0]}`",
                       None if flag in known else f"the binary's `newswatch {argv[0]} --help` has no {flag}")
    for path, text in manifests["docs"].items():
        known = binary.env_names()
        for name in sorted(set(re.findall(r"\bNEWSWATCH_[A-Z0-9_]*[A-Z0-9]\b", text))):
            if name.startswith("NEWSWATCH_KAFKA_") or name == "NEWSWATCH_KAFKA":
                continue
            yield (f"{rel(path)}: {name} is a setting the binary reads",
                   None if name in known else "the binary reads no such variable")
    for where, env in env_settings(manifests):
        if not env:
            continue
        values = {k: (v if v and "REPLACE" not in v else "x") for k, v in env.items()}
        status, output = binary.print_config(values)
        yield (f"{where}: `newswatch run --print-config` accepts its NEWSWATCH_* settings ({len(env)})",
               None if status == 0 else output.strip().splitlines()[-1:] or f"exit {status}")
        known = binary.env_names()
        for name in sorted(env):
            if name.startswith("NEWSWATCH_KAFKA_"):
                continue  # librdkafka pass-through: validated by print-config above
            yield (f"{where}: {name} is a setting the binary reads",
                   None if name in known else "the binary reads no such variable")


# ---------------------------------------------------------------------------------------------


def run_checks(manifests, binary):
    config_map = {}
    for _, doc in objects_of(manifests, "ConfigMap"):
        config_map.update(doc.get("data", {}))
    settings = Settings(binary.defaults() if binary and binary.has_worker() else {}, config_map)
    results = []
    for check in (check_kinds(manifests), check_deployment(manifests, settings),
                  check_pdb_and_service(manifests, settings), check_keda(manifests, settings),
                  check_overlay_patches(manifests), check_prometheus_rules(manifests, binary is not None and binary.has_worker()),
                  check_compose(manifests, settings), check_systemd(manifests, settings),
                  check_dockerfile(manifests, settings)):
        results.extend(check)
    if binary and binary.has_worker():
        results.extend(check_binary(manifests, binary))
    return results


def self_test(manifests, binary):
    """Plant drift into copies of the manifests; every plant must make the check fail."""

    def deployment(m):
        return one_of(m, "Deployment")

    def container(m):
        return deployment(m)["spec"]["template"]["spec"]["containers"][0]

    def config_map(m):
        return one_of(m, "ConfigMap")["data"]

    plants = {
        "an unknown flag in the Deployment's args":
            lambda m: container(m)["args"].append("--no-such-flag"),
        "an unknown flag in a compose worker's command":
            lambda m: next(s for s in m["compose"]["services"].values()
                           if is_newswatch_service(s) and command_of(s)[:1] == ["run"])["command"].extend(["--bogus-flag", "1"]),
        "an unknown flag on the systemd ExecStart":
            lambda m: plant_exec_start(m, " --definitely-not-a-flag"),
        "an unknown NEWSWATCH_* variable in the ConfigMap":
            lambda m: config_map(m).__setitem__("NEWSWATCH_NO_SUCH_SETTING", "1"),
        "an unknown NEWSWATCH_* variable in the systemd environment file":
            lambda m: next(iter(m["envfiles"].values())).__setitem__("NEWSWATCH_BROKER", "x:9092"),
        "the readiness probe on /healthz":
            lambda m: container(m)["readinessProbe"]["httpGet"].__setitem__("path", "/healthz"),
        "a termination grace below the shutdown grace":
            lambda m: deployment(m)["spec"]["template"]["spec"].__setitem__("terminationGracePeriodSeconds", 20),
        "a PDB selecting other pods":
            lambda m: one_of(m, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"].__setitem__(
                "app.kubernetes.io/name", "other"),
        "KEDA watching another topic":
            lambda m: one_of(m, "ScaledObject")["spec"]["triggers"][0]["metadata"].__setitem__("topic", "other.topic"),
        "a PrometheusRule on a metric the worker does not export":
            lambda m: one_of(m, "PrometheusRule")["spec"]["groups"][0]["rules"][0].__setitem__(
                "expr", "newswatch_no_such_metric > 0"),
    }
    needs_binary = {name for name in plants if "flag" in name or "NEWSWATCH_" in name or "metric" in name}
    baseline = {(n, str(p)) for n, p in run_checks(manifests, binary) if p}
    results = []
    for name, plant in plants.items():
        if name in needs_binary and not binary.has_worker():
            continue
        planted = copy.deepcopy(manifests)
        plant(planted)
        new = [r for r in run_checks(planted, binary) if r[1] and (r[0], str(r[1])) not in baseline]
        results.append((f"self-test: {name} is caught",
                        None if new else "the check found nothing new with the planted drift"))
    return results


def plant_exec_start(manifests, extra):
    unit = next(iter(manifests["units"].values()))
    unit["Service"] = [(k, v + extra if k == "ExecStart" else v) for k, v in unit["Service"]]


def main(argv):
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", help="the newswatch binary (default: the debug build, built if missing)")
    parser.add_argument("--no-self-test", action="store_true", help="skip the negative self-test")
    parser.add_argument("-v", "--verbose", action="store_true", help="print passing checks too")
    options = parser.parse_args(argv)
    try:
        manifests = load_all()
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"check_deploy: cannot parse the manifests: {error}", file=sys.stderr)
        print("check_deploy: 0 passed, 1 failed")
        return 1
    binary = Binary(find_binary(options.binary))
    if not binary.has_worker():
        # Before the worker part lands the binary has no `run`: nothing to compare names with.
        print(f"check_deploy: {binary.path} has no `run` subcommand yet; "
              "flag and NEWSWATCH_* checks skipped", file=sys.stderr)
    try:
        results = run_checks(manifests, binary)
        if not options.no_self_test:
            results.extend(self_test(manifests, binary))
    except RuntimeError as error:
        print(f"check_deploy: {error}", file=sys.stderr)
        print("check_deploy: 0 passed, 1 failed")
        return 1
    failed = [(name, problem) for name, problem in results if problem]
    for name, problem in results:
        if problem:
            print(f"FAIL {name}: {problem}")
        elif options.verbose:
            print(f"ok   {name}")
    print(f"check_deploy: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
