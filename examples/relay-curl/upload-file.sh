#!/bin/sh
# Upload the file to the presigned URL (curl SDK page): the form's fields, then file, as a multipart POST to the
# upload_url the upload-url answer gave (Earshot serves it; S3's 204 on success, S3's XML error otherwise). Set
# UPLOAD_URL, KEY, POLICY, SIGNATURE, CREDENTIAL, DATE and TOKEN from that answer (upload_url and fields.key,
# fields.policy, fields["x-amz-signature"], fields["x-amz-credential"], fields["x-amz-date"],
# fields["x-amz-security-token"]); sample.wav is read from the current folder. No key is needed: the form is signed.
set -eu
: "${UPLOAD_URL:?set UPLOAD_URL to the upload_url of the upload-url answer}"
curl -X POST "$UPLOAD_URL" \
  -F "key=$KEY" \
  -F "policy=$POLICY" \
  -F "x-amz-signature=$SIGNATURE" \
  -F "x-amz-credential=$CREDENTIAL" \
  -F "x-amz-algorithm=AWS4-HMAC-SHA256" \
  -F "x-amz-date=$DATE" \
  -F "x-amz-security-token=$TOKEN" \
  -F "file=@sample.wav"
