#!/usr/bin/env bash
# Makes the throw-away key that signs the demo client's bundle, and exports its certificate for the
# distribution's trust store (etc/trust). Usage: demo-signing-key.sh KEYTOOL DIR STOREPASS
set -euo pipefail
keytool="$1"; dir="$2"; pass="$3"
mkdir -p "$dir"
cd "$dir"
if [ ! -f demo-signer.p12 ]; then
  "$keytool" -genkeypair -noprompt -alias demo -keyalg EC -groupname secp256r1 \
    -dname "CN=Demo Consulting, O=Sales Workbench demo" -validity 3650 \
    -keystore demo-signer.p12 -storetype PKCS12 -storepass "$pass" -keypass "$pass"
fi
"$keytool" -exportcert -rfc -alias demo -keystore demo-signer.p12 -storepass "$pass" -file demo-consulting.crt
