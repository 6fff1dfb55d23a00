"""The Kubernetes variant (issue 20): the kustomize manifests build, every resource is
valid against Kubernetes' own schemas (strict: no unknown field), and they say what the
one-host nginx does: cookie affinity that moves off a failed pod, health probes, the
edition served without a worker."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from tests.support import REPO

K8S = REPO / "deploy" / "k8s"
KUBERNETES_VERSION = "1.32"


def resources() -> list[dict]:
    """What `kubectl kustomize` makes of the folder; the listed files as they are when
    kubectl is not installed (the kustomization only adds a namespace and labels)."""
    if shutil.which("kubectl"):
        built = subprocess.run(
            ["kubectl", "kustomize", str(K8S)], check=True, capture_output=True, text=True
        ).stdout
        return [r for r in yaml.safe_load_all(built) if r]
    listed = yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"]
    return [r for name in listed for r in yaml.safe_load_all((K8S / name).read_text()) if r]


def test_the_manifests_build_and_are_valid_kubernetes():
    import kubernetes_validate

    built = resources()
    assert {r["kind"] for r in built} == {
        "Namespace", "Deployment", "Service", "Ingress", "PersistentVolumeClaim", "ConfigMap"
    }  # fmt: skip
    for resource in built:
        kubernetes_validate.validate(resource, KUBERNETES_VERSION, strict=True)


def test_a_failed_pod_loses_its_browsers_to_a_live_one():
    built = {(r["kind"], r["metadata"]["name"]): r for r in resources()}
    annotations = built["Ingress", "atlas"]["metadata"]["annotations"]
    prefix = "nginx.ingress.kubernetes.io/"
    assert annotations[prefix + "affinity"] == "cookie"
    assert annotations[prefix + "session-cookie-change-on-failure"] == "true"
    paths = {
        path["path"]: path["backend"]["service"]["name"]
        for ingress in ("atlas", "atlas-edition", "atlas-embed")
        for path in built["Ingress", ingress]["spec"]["rules"][0]["http"]["paths"]
    }
    assert paths == {
        "/": "atlas-workers",
        "/edition": "atlas-edition",  # the edition never reaches a worker
        **{f"/edition/{lang}embed": "atlas-edition" for lang in ("", "ar/", "en/")},
    }
    worker = built["Deployment", "atlas-workers"]["spec"]["template"]["spec"]["containers"][0]
    assert worker["readinessProbe"]["httpGet"]["path"] == "/_stcore/health"
    assert worker["resources"]["limits"]["cpu"] == "1"  # one core per worker
    env = {e["name"]: e["value"] for e in worker["env"]}
    assert env["ATLAS_DATA_DIR"] == "/data/current"  # the pulled version's link


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_kubectl_kustomize_sets_the_namespace_and_image():
    for resource in resources():
        if resource["kind"] != "Namespace":
            assert resource["metadata"]["namespace"] == "jazari-atlas"
        for container in (
            resource.get("spec", {}).get("template", {}).get("spec", {}).get("containers", [])
        ):
            assert not container["image"].startswith("jazari-atlas")  # the real image


def test_the_ingress_sends_the_fronts_headers_and_limits_over_https():
    """deploy/k8s says what deploy/front.py says (the nginx of serve-prod renders it)."""
    from deploy import front

    built = {(r["kind"], r["metadata"]["name"]): r for r in resources()}
    for kind, ingress in (("dashboard", "atlas"), ("edition", "atlas-edition"),
                          ("embed", "atlas-embed")):  # fmt: skip
        assert built["ConfigMap", f"atlas-headers-{kind}"]["data"] == front.headers(kind), (
            "deploy/k8s/headers.yaml is out of date: python -m deploy.front > it"
        )
        resource = built["Ingress", ingress]
        annotations = resource["metadata"]["annotations"]
        prefix = "nginx.ingress.kubernetes.io/"
        assert annotations[prefix + "custom-headers"] == f"jazari-atlas/atlas-headers-{kind}"
        assert resource["spec"]["tls"][0]["secretName"] == "atlas-tls"
        limits = front.Limits()
        rate, burst = (
            (limits.dashboard_rate, limits.dashboard_burst)
            if kind == "dashboard"
            else (limits.files_rate, limits.files_burst)
        )
        assert int(annotations[prefix + "limit-rps"]) == rate
        assert int(annotations[prefix + "limit-burst-multiplier"]) * rate == burst
    dashboard = built["Ingress", "atlas"]["metadata"]["annotations"]
    assert int(dashboard["nginx.ingress.kubernetes.io/limit-connections"]) == (
        front.Limits().sessions_per_address
    )
    assert dashboard["cert-manager.io/cluster-issuer"]
