# The cryptographic cmdlets end to end, each result checked by openssl: signatures verify,
# shared secrets equal what openssl derives, data key pairs parse as DER SPKI / PKCS#8 and match,
# and ciphertexts made by openssl decrypt here (and through ReEncrypt).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Store = Initialize-PsKmsTest
    if (-not (Test-OpenSsl)) { throw 'these tests need the openssl binary (apt-get install openssl)' }
}
AfterAll { Remove-PsKmsTest $script:Store }

Describe 'Invoke-KMSSigning and Test-KMSSignature' {
    BeforeAll {
        $script:ecKey = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY
        $script:rsaKey = New-KMSKey -KeySpec RSA_2048 -KeyUsage SIGN_VERIFY
        $script:ecPublic = Save-Bytes (Get-KMSPublicKey -KeyId $ecKey.KeyId).PublicKey.ToArray() 'ec-public.der'
        $script:rsaPublic = Save-Bytes (Get-KMSPublicKey -KeyId $rsaKey.KeyId).PublicKey.ToArray() 'rsa-public.der'
        $script:messagePath = Save-Bytes ([System.Text.Encoding]::UTF8.GetBytes('pay 100 to alice')) 'message.bin'
    }

    It 'signs a RAW message with ECDSA_SHA_256 that openssl verifies' {
        $signature = Invoke-KMSSigning -KeyId $ecKey.KeyId -Message 'pay 100 to alice' -SigningAlgorithm ECDSA_SHA_256 -MessageType RAW
        $signature | Should -BeOfType System.IO.MemoryStream
        $sigPath = Save-Bytes $signature.ToArray() 'ec.sig'
        Invoke-OpenSsl dgst -sha256 -verify $ecPublic -keyform DER -signature $sigPath $messagePath | Should -Match 'Verified OK'
    }

    It 'signs a DIGEST with RSASSA_PSS_SHA_256 that openssl verifies over the message' {
        $digest = [System.Security.Cryptography.SHA256]::Create().ComputeHash([System.Text.Encoding]::UTF8.GetBytes('pay 100 to alice'))
        $signature = Invoke-KMSSigning -KeyId $rsaKey.KeyId -Message $digest -MessageType DIGEST -SigningAlgorithm RSASSA_PSS_SHA_256
        $sigPath = Save-Bytes $signature.ToArray() 'pss.sig'
        Invoke-OpenSsl dgst -sha256 -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32 -verify $rsaPublic -keyform DER -signature $sigPath $messagePath |
            Should -Match 'Verified OK'
    }

    It 'verifies a signature openssl made, and refuses a tampered one with KMSInvalidSignatureException' {
        $private = Join-Path $TestDrive 'openssl-ec.pem'
        Invoke-OpenSsl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out $private
        # a signature by a key KMS does not hold must not verify; one by the KMS key must
        $foreign = Join-Path $TestDrive 'foreign.sig'
        Invoke-OpenSsl dgst -sha256 -sign $private -out $foreign $messagePath
        $signature = Invoke-KMSSigning -KeyId $ecKey.KeyId -Message (Get-Item $messagePath) -SigningAlgorithm ECDSA_SHA_256
        Test-KMSSignature -KeyId $ecKey.KeyId -Message 'pay 100 to alice' -Signature $signature -SigningAlgorithm ECDSA_SHA_256 | Should -BeTrue
        $caught = { Test-KMSSignature -KeyId $ecKey.KeyId -Message 'pay 100 to alice' -Signature (Get-Item $foreign) -SigningAlgorithm ECDSA_SHA_256 } |
            Should -Throw -PassThru
        Assert-ServiceError $caught KMSInvalidSignatureException
    }

    It 'pipes the signature stream from Invoke-KMSSigning into Test-KMSSignature by value as -Message, as AWS.Tools binds it' {
        # Invoke-KMSSigning emits a bare MemoryStream, which binds by value to Test-KMSSignature's -Message:
        # so the piped signature is the message, and a signature over it verifies
        $signature = Invoke-KMSSigning -KeyId $ecKey.KeyId -Message 'x' -SigningAlgorithm ECDSA_SHA_256
        $overSignature = Invoke-KMSSigning -KeyId $ecKey.KeyId -Message $signature -SigningAlgorithm ECDSA_SHA_256
        $signature | Test-KMSSignature -KeyId $ecKey.KeyId -Signature $overSignature -SigningAlgorithm ECDSA_SHA_256 | Should -BeTrue
        $bound = $signature | Test-KMSSignature -KeyId $ecKey.KeyId -Signature $overSignature -SigningAlgorithm ECDSA_SHA_256 -Select '^Message'
        (ConvertTo-Hex ([byte[]]$bound)) | Should -Be (ConvertTo-Hex $signature.ToArray())
    }
}

Describe 'Get-KMSSharedSecret' {
    It 'derives the ECDH secret openssl derives, from a peer key given as a FileInfo and as bytes' {
        $key = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage KEY_AGREEMENT
        $kmsPublic = Save-Bytes (Get-KMSPublicKey -KeyId $key.KeyId).PublicKey.ToArray() 'kms-ecdh.der'
        $peer = Join-Path $TestDrive 'peer.pem'
        Invoke-OpenSsl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out $peer
        $peerPublic = Join-Path $TestDrive 'peer.der'
        Invoke-OpenSsl pkey -in $peer -pubout -outform DER -out $peerPublic
        $expected = Join-Path $TestDrive 'secret.bin'
        Invoke-OpenSsl pkeyutl -derive -inkey $peer -peerkey $kmsPublic -peerform DER -out $expected

        $result = Get-KMSSharedSecret -KeyId $key.KeyId -KeyAgreementAlgorithm ECDH -PublicKey (Get-Item $peerPublic)
        ConvertTo-Hex $result.SharedSecret.ToArray() | Should -Be (ConvertTo-Hex (Read-Bytes $expected))
        $result.KeyAgreementAlgorithm | Should -Be 'ECDH'
        $result.KeyOrigin.Value | Should -Be 'AWS_KMS'
        $result.KeyId | Should -Be $key.Arn

        $again = Get-KMSSharedSecret -KeyId $key.KeyId -KeyAgreementAlgorithm ECDH -PublicKey ([System.IO.File]::ReadAllBytes($peerPublic)) -Select SharedSecret
        ConvertTo-Hex $again.ToArray() | Should -Be (ConvertTo-Hex (Read-Bytes $expected))
    }
}

Describe 'Invoke-KMSEncrypt, Invoke-KMSDecrypt and Invoke-KMSReEncrypt' {
    BeforeAll {
        $script:rsa = New-KMSKey -KeySpec RSA_2048 -KeyUsage ENCRYPT_DECRYPT
        $script:rsaPublic = Save-Bytes (Get-KMSPublicKey -KeyId $rsa.KeyId).PublicKey.ToArray() 'rsa-enc.der'
        $script:aes = New-KMSKey
        $script:aes2 = New-KMSKey
    }

    It 'decrypts what openssl encrypted with the RSA key''s public key (RSAES_OAEP_SHA_256)' {
        $plain = Save-Bytes ([System.Text.Encoding]::UTF8.GetBytes('open sesame')) 'plain.txt'
        $cipher = Join-Path $TestDrive 'oaep.bin'
        Invoke-OpenSsl pkeyutl -encrypt -pubin -keyform DER -inkey $rsaPublic -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256 -in $plain -out $cipher
        $result = Invoke-KMSDecrypt -KeyId $rsa.KeyId -CiphertextBlob (Get-Item $cipher) -EncryptionAlgorithm RSAES_OAEP_SHA_256
        [System.Text.Encoding]::UTF8.GetString($result.Plaintext.ToArray()) | Should -Be 'open sesame'
        $result.EncryptionAlgorithm | Should -Be 'RSAES_OAEP_SHA_256'
    }

    It 'decrypts what openssl encrypted with RSAES_OAEP_SHA_1, and refuses it as RSAES_OAEP_SHA_256' {
        $plain = Save-Bytes ([System.Text.Encoding]::UTF8.GetBytes('sha-1 oaep')) 'plain1.txt'
        $cipher = Join-Path $TestDrive 'oaep1.bin'
        Invoke-OpenSsl pkeyutl -encrypt -pubin -keyform DER -inkey $rsaPublic -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1 -in $plain -out $cipher
        $back = Invoke-KMSDecrypt -KeyId $rsa.KeyId -CiphertextBlob (Get-Item $cipher) -EncryptionAlgorithm RSAES_OAEP_SHA_1 -Select Plaintext
        [System.Text.Encoding]::UTF8.GetString($back.ToArray()) | Should -Be 'sha-1 oaep'
        Assert-ServiceError ({ Invoke-KMSDecrypt -KeyId $rsa.KeyId -CiphertextBlob (Get-Item $cipher) -EncryptionAlgorithm RSAES_OAEP_SHA_256 } | Should -Throw -PassThru) InvalidCiphertextException
    }

    It 're-encrypts an openssl OAEP ciphertext under a symmetric key, with an encryption context' {
        $plain = Save-Bytes ([System.Text.Encoding]::UTF8.GetBytes('move me')) 'move.txt'
        $cipher = Join-Path $TestDrive 'move.bin'
        Invoke-OpenSsl pkeyutl -encrypt -pubin -keyform DER -inkey $rsaPublic -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256 -in $plain -out $cipher
        $moved = Invoke-KMSReEncrypt -CiphertextBlob (Read-Bytes $cipher) -SourceKeyId $rsa.KeyId -SourceEncryptionAlgorithm RSAES_OAEP_SHA_256 `
            -DestinationKeyId $aes.KeyId -DestinationEncryptionContext @{ tenant = 'a' }
        $moved.KeyId | Should -Be $aes.Arn
        $moved.SourceKeyId | Should -Be $rsa.Arn
        $moved.SourceEncryptionAlgorithm | Should -Be 'RSAES_OAEP_SHA_256'
        $moved.DestinationEncryptionAlgorithm | Should -Be 'SYMMETRIC_DEFAULT'
        $back = $moved | Invoke-KMSDecrypt -EncryptionContext @{ tenant = 'a' }
        [System.Text.Encoding]::UTF8.GetString($back.Plaintext.ToArray()) | Should -Be 'move me'
    }

    It 're-encrypts between symmetric keys; the old context no longer opens it and a flipped bit is refused' {
        $first = Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'ledger' -EncryptionContext ([ordered]@{ app = 'billing'; env = 'prod' })
        $moved = Invoke-KMSReEncrypt -CiphertextBlob $first.CiphertextBlob -SourceEncryptionContext @{ env = 'prod'; app = 'billing' } -DestinationKeyId $aes2.KeyId -DestinationEncryptionContext @{ app = 'ledger' }
        $moved.KeyId | Should -Be $aes2.Arn
        $plain = Invoke-KMSDecrypt -CiphertextBlob $moved.CiphertextBlob -EncryptionContext @{ app = 'ledger' }
        [System.Text.Encoding]::UTF8.GetString($plain.Plaintext.ToArray()) | Should -Be 'ledger'
        $plain.KeyId | Should -Be $aes2.Arn

        $caught = { Invoke-KMSDecrypt -CiphertextBlob $moved.CiphertextBlob -EncryptionContext @{ app = 'billing' } } | Should -Throw -PassThru
        Assert-ServiceError $caught InvalidCiphertextException
        $tampered = $moved.CiphertextBlob.ToArray()
        $tampered[$tampered.Length - 5] = $tampered[$tampered.Length - 5] -bxor 1
        $caught = { Invoke-KMSDecrypt -CiphertextBlob $tampered -EncryptionContext @{ app = 'ledger' } } | Should -Throw -PassThru
        Assert-ServiceError $caught InvalidCiphertextException
    }
}

Describe 'New-KMSDataKeyPair and New-KMSDataKeyPairWithoutPlaintext' {
    BeforeAll { $script:wrapping = New-KMSKey -Description 'wraps data key pairs' }

    It 'returns an <Spec> pair openssl parses as DER SPKI and PKCS#8, whose halves match' -TestCases @(
        @{ Spec = 'ECC_NIST_P256' }, @{ Spec = 'RSA_2048' }, @{ Spec = 'ECC_NIST_EDWARDS25519' }
    ) {
        $pair = New-KMSDataKeyPair -KeyId $wrapping.KeyId -KeyPairSpec $Spec -EncryptionContext @{ purpose = 'pair' }
        $pair.KeyPairSpec | Should -Be $Spec
        $pair.KeyId | Should -Be $wrapping.Arn
        $public = Save-Bytes $pair.PublicKey.ToArray() "$Spec-public.der"
        $private = Save-Bytes $pair.PrivateKeyPlaintext.ToArray() "$Spec-private.der"
        Invoke-OpenSsl pkey -pubin -inform DER -in $public -noout
        $derived = Join-Path $TestDrive "$Spec-derived.der"
        Invoke-OpenSsl pkey -inform DER -in $private -pubout -outform DER -out $derived
        ConvertTo-Hex (Read-Bytes $derived) | Should -Be (ConvertTo-Hex $pair.PublicKey.ToArray())
        # the encrypted private key opens to the same PKCS#8 under the same context
        $opened = Invoke-KMSDecrypt -CiphertextBlob $pair.PrivateKeyCiphertextBlob -EncryptionContext @{ purpose = 'pair' }
        ConvertTo-Hex $opened.Plaintext.ToArray() | Should -Be (ConvertTo-Hex $pair.PrivateKeyPlaintext.ToArray())
    }

    It 'signs with the pair''s private key in openssl and verifies with its public key' {
        $pair = New-KMSDataKeyPair -KeyId $wrapping.KeyId -KeyPairSpec ECC_NIST_P384
        $private = Save-Bytes $pair.PrivateKeyPlaintext.ToArray() 'p384.der'
        $public = Save-Bytes $pair.PublicKey.ToArray() 'p384-public.der'
        $message = Save-Bytes ([byte[]](1..100)) 'p384.msg'
        $sig = Join-Path $TestDrive 'p384.sig'
        Invoke-OpenSsl dgst -sha384 -sign $private -keyform DER -out $sig $message
        Invoke-OpenSsl dgst -sha384 -verify $public -keyform DER -signature $sig $message | Should -Match 'Verified OK'
    }

    It 'without plaintext returns no private key, and its ciphertext decrypts to a PKCS#8 matching the public key' {
        $pair = New-KMSDataKeyPairWithoutPlaintext -KeyId $wrapping.KeyId -KeyPairSpec ECC_SECG_P256K1
        $pair.PSObject.Properties.Name | Should -Not -Contain 'PrivateKeyPlaintext'
        $private = Save-Bytes (Invoke-KMSDecrypt -CiphertextBlob $pair.PrivateKeyCiphertextBlob -Select Plaintext).ToArray() 'k1.der'
        $derived = Join-Path $TestDrive 'k1-public.der'
        Invoke-OpenSsl pkey -inform DER -in $private -pubout -outform DER -out $derived
        ConvertTo-Hex (Read-Bytes $derived) | Should -Be (ConvertTo-Hex $pair.PublicKey.ToArray())
    }

    It 'makes no pair under -WhatIf' {
        New-KMSDataKeyPair -KeyId $wrapping.KeyId -KeyPairSpec RSA_2048 -WhatIf | Should -BeNullOrEmpty
    }
}

Describe 'data keys, MACs and random bytes' {
    It 'New-KMSDataKey returns 32 plaintext bytes whose ciphertext decrypts to them; the WithoutPlaintext form only the ciphertext' {
        $key = New-KMSKey
        $dataKey = New-KMSDataKey -KeyId $key.KeyId -KeySpec AES_256
        $dataKey.Plaintext.ToArray().Length | Should -Be 32
        $opened = Invoke-KMSDecrypt -CiphertextBlob $dataKey.CiphertextBlob
        ConvertTo-Hex $opened.Plaintext.ToArray() | Should -Be (ConvertTo-Hex $dataKey.Plaintext.ToArray())
        ConvertTo-Hex (New-KMSDataKey -KeyId $key.KeyId -KeySpec AES_256).Plaintext.ToArray() | Should -Not -Be (ConvertTo-Hex $dataKey.Plaintext.ToArray())

        $sealed = New-KMSDataKeyWithoutPlaintext -KeyId $key.KeyId -NumberOfBytes 16
        $sealed.PSObject.Properties.Name | Should -Not -Contain 'Plaintext'
        (Invoke-KMSDecrypt -CiphertextBlob $sealed.CiphertextBlob).Plaintext.Length | Should -Be 16
    }

    It 'New-KMSMac gives a 32-byte HMAC that Test-KMSMac accepts, and refuses it for another message' {
        $key = New-KMSKey -KeySpec HMAC_256 -KeyUsage GENERATE_VERIFY_MAC
        $mac = New-KMSMac -KeyId $key.KeyId -Message 'abc' -MacAlgorithm HMAC_SHA_256
        $mac.Mac.ToArray().Length | Should -Be 32
        $mac.MacAlgorithm | Should -Be 'HMAC_SHA_256'
        (Test-KMSMac -KeyId $key.KeyId -Message 'abc' -Mac $mac.Mac -MacAlgorithm HMAC_SHA_256).MacValid | Should -BeTrue
        $caught = { Test-KMSMac -KeyId $key.KeyId -Message 'abd' -Mac $mac.Mac -MacAlgorithm HMAC_SHA_256 } | Should -Throw -PassThru
        Assert-ServiceError $caught KMSInvalidMacException
    }

    It 'New-KMSRandom returns the bytes asked for, different each time' {
        $a = (New-KMSRandom -NumberOfBytes 64).ToArray()
        $b = (New-KMSRandom -NumberOfBytes 64).ToArray()
        $a.Length | Should -Be 64
        ConvertTo-Hex $a | Should -Not -Be (ConvertTo-Hex $b)
    }
}

Describe 'imported key material: Get-KMSParametersForImport, Import-KMSKeyMaterial, Remove-KMSImportedKeyMaterial' {
    It 'imports HMAC material openssl wrapped; New-KMSMac equals openssl mac; removing it leaves the key PendingImport' {
        $key = New-KMSKey -Origin EXTERNAL -KeySpec HMAC_256 -KeyUsage GENERATE_VERIFY_MAC
        $key.KeyState | Should -Be 'PendingImport'
        $params = Get-KMSParametersForImport -KeyId $key.KeyId -WrappingAlgorithm RSA_AES_KEY_WRAP_SHA_256 -WrappingKeySpec RSA_2048
        $params.PSObject.TypeNames[0] | Should -Be 'Amazon.KeyManagementService.Model.GetParametersForImportResponse'
        $params.ParametersValidTo | Should -BeOfType System.DateTime
        $wrappingKey = Save-Bytes $params.PublicKey.ToArray() 'wrapping.der'
        $material = [byte[]]::new(32)
        [System.Security.Cryptography.RandomNumberGenerator]::Fill($material)
        $materialPath = Save-Bytes $material 'material.bin'
        $aesKey = [byte[]]::new(32)
        [System.Security.Cryptography.RandomNumberGenerator]::Fill($aesKey)
        $aesKeyPath = Save-Bytes $aesKey 'aes.bin'
        $aesHex = [System.Convert]::ToHexString($aesKey)
        $wrappedKey = Join-Path $TestDrive 'aes.wrapped'
        $wrappedMaterial = Join-Path $TestDrive 'material.wrapped'
        Invoke-OpenSsl pkeyutl -encrypt -pubin -keyform DER -inkey $wrappingKey -in $aesKeyPath -out $wrappedKey -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256
        Invoke-OpenSsl enc -id-aes256-wrap-pad -K $aesHex -iv A65959A6 -in $materialPath -out $wrappedMaterial
        $encrypted = [byte[]]([System.IO.File]::ReadAllBytes($wrappedKey) + [System.IO.File]::ReadAllBytes($wrappedMaterial))

        # ValidTo is a [datetime]; the cmdlet emits the response (KeyId, KeyMaterialId)
        $validTo = (Get-Date).AddDays(30)
        $imported = Import-KMSKeyMaterial -KeyId $key.KeyId -ImportToken $params.ImportToken -EncryptedKeyMaterial $encrypted -ExpirationModel KEY_MATERIAL_EXPIRES -ValidTo $validTo -Force
        $imported.KeyMaterialId | Should -Match '^[0-9a-f]{64}$'
        $described = Get-KMSKey -KeyId $key.KeyId
        $described.KeyState | Should -Be 'Enabled'
        $described.ExpirationModel | Should -BeOfType Amazon.KeyManagementService.ExpirationModelType
        [math]::Abs(($described.ValidTo.ToUniversalTime() - $validTo.ToUniversalTime()).TotalSeconds) | Should -BeLessThan 1

        $mac = New-KMSMac -KeyId $key.KeyId -Message 'imported' -MacAlgorithm HMAC_SHA_256
        $messagePath = Save-Bytes ([System.Text.Encoding]::UTF8.GetBytes('imported')) 'mac-message.bin'
        $expected = (Invoke-OpenSsl mac -digest SHA256 -macopt "hexkey:$([System.Convert]::ToHexString($material))" -in $messagePath HMAC).Trim()
        [System.Convert]::ToHexString($mac.Mac.ToArray()) | Should -Be $expected

        Remove-KMSImportedKeyMaterial -KeyId $key.KeyId -Force | Out-Null
        (Get-KMSKey -KeyId $key.KeyId).KeyState | Should -Be 'PendingImport'
        Assert-ServiceError ({ New-KMSMac -KeyId $key.KeyId -Message 'x' -MacAlgorithm HMAC_SHA_256 } | Should -Throw -PassThru) KMSInvalidStateException "$($key.Arn) is pending import."
    }

    It 'asks before removing material (ConfirmImpact High), and -WhatIf removes nothing' {
        (Get-Command Remove-KMSImportedKeyMaterial).ScriptBlock.Attributes.Where({ $_ -is [System.Management.Automation.CmdletBindingAttribute] }).ConfirmImpact | Should -Be 'High'
        $key = New-KMSKey -Origin EXTERNAL
        Remove-KMSImportedKeyMaterial -KeyId $key.KeyId -WhatIf | Should -BeNullOrEmpty
        Assert-ServiceError ({ Get-KMSParametersForImport -KeyId (New-KMSKey).KeyId -WrappingAlgorithm RSAES_OAEP_SHA_256 -WrappingKeySpec RSA_2048 } | Should -Throw -PassThru) UnsupportedOperationException
    }
}
