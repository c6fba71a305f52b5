#!/bin/sh
# Upload an inference file to its presigned URL (inference guide: "same pattern as dataset uploads"): the
# upload_fields, then file, as a multipart POST to the upload_url (Earshot serves it; S3's 204 on success, S3's XML
# error otherwise). Set UPLOAD_URL, KEY, POLICY, SIGNATURE, CREDENTIAL, DATE and TOKEN from the upload-url answer
# (upload_url and upload_fields.key, .policy, ["x-amz-signature"], ["x-amz-credential"], ["x-amz-date"],
# ["x-amz-security-token"]); test_audio.wav is read from the current folder. No key is needed: the form is signed.
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
  -F "file=@test_audio.wav"
