/**
 * Published RFC 6962 / RFC 9162 test vectors, as data. Hex strings unless noted. Nothing here is
 * computed: every value was copied from the sources named on each block, and merkle.test.ts checks
 * this module's output against them.
 */

/**
 * The eight leaf inputs of the Certificate Transparency reference tests, D[8] = {d(0)..d(7)}.
 * Sources (identical in both):
 * - github.com/transparency-dev/merkle, proof/verify_test.go (`leaves`), the Go Merkle code
 *   shared by Trillian and the Certificate Transparency Go libraries;
 * - github.com/google/certificate-transparency, python/ct/crypto/merkle_test.py
 *   (`TreeHasherTest.test_vector_leaves`), "lifted from the C++ branch" of the same repository.
 */
export const LEAF_INPUTS: readonly string[] = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];

/**
 * MTH(D[n]) for n = 1..8 (ROOTS[n - 1]). Sources: transparency-dev/merkle proof/verify_test.go
 * (`roots`); google/certificate-transparency python/ct/crypto/merkle_test.py
 * (`TreeHasherTest.test_vector_hashes`).
 */
export const ROOTS: readonly string[] = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/**
 * MTH({}) = SHA-256 of the empty string. Sources: transparency-dev/merkle proof/verify_test.go
 * (`sha256EmptyTreeHash`); google/certificate-transparency python/ct/crypto/merkle_test.py
 * (`sha256_empty_hash`).
 */
export const EMPTY_TREE_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * Leaf and node hash vectors. Source: google/certificate-transparency
 * python/ct/crypto/merkle_test.py (`sha256_leaves`, `sha256_nodes`).
 */
export const LEAF_HASHES: readonly { input: string; hash: string }[] = [
  { input: '', hash: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d' },
  {
    input: '101112131415161718191a1b1c1d1e1f',
    hash: '3bfb960453ebaebf33727da7a1f4db38acc051d381b6da20d6d4e88f0eabfd7a',
  },
];

export const NODE_HASHES: readonly { left: string; right: string; hash: string }[] = [
  {
    left: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
    right: '202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
    hash: '1a378704c17da31e2d05b6d121c2bb2c7d76f6ee6fa8f983e596c2d034963c57',
  },
];

/**
 * PATH(index, D[size]) over LEAF_INPUTS. Source: transparency-dev/merkle proof/verify_test.go
 * (`inclusionProofs`). That file numbers leaves from 1 (it verifies `p.leaf - 1`); `index`
 * here is the zero-based leaf index. Its entry {0, 0, nil} is an invalid probe, not a proof, and
 * is left out.
 */
export const INCLUSION_PROOFS: readonly { index: number; size: number; proof: readonly string[] }[] = [
  { index: 0, size: 1, proof: [] },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    index: 2,
    size: 3,
    proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'],
  },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

/**
 * PROOF(oldSize, D[newSize]) over LEAF_INPUTS. Source: transparency-dev/merkle
 * proof/verify_test.go (`consistencyProofs`); all but (6, 7) also appear in
 * google/certificate-transparency python/ct/crypto/merkle_test.py (`sha256_proofs`).
 */
export const CONSISTENCY_PROOFS: readonly { oldSize: number; newSize: number; proof: readonly string[] }[] = [
  { oldSize: 1, newSize: 1, proof: [] },
  {
    oldSize: 1,
    newSize: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    oldSize: 6,
    newSize: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    oldSize: 2,
    newSize: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    oldSize: 6,
    newSize: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

/**
 * An audit path from a production CT log (leaf 848049 of 3630887), so that large indices and a
 * long path are exercised. Source: google/certificate-transparency
 * python/ct/crypto/merkle_test.py (`MerkleVerifierTest.sha256_audit_path`, `leaf_hash`,
 * `leaf_index`, `tree_size`, `expected_root_hash`).
 */
export const CT_LOG_INCLUSION = {
  index: 848049,
  size: 3630887,
  leafHash: '7a395c866d5ecdb0cccb623e011dbc392cd348d1d1d72776174e127a24b09c78',
  root: '78316a05c9bcf14a3a4548f5b854a9adfcd46a4c034401b3ce7eb7ac2f1d0ecb',
  proof: [
    '1a208aeebcd1b39fe2de247ee8db9454e1e93a312d206b87f6ca9cc6ec6f1ddd',
    '0a1b78b383f580856f433c01a5741e160d451c185910027f6cc9f828687a40c4',
    '3d1745789bc63f2da15850de1c12a5bf46ed81e1cc90f086148b1662e79aab3d',
    '9095b61e14d8990acf390905621e62b1714fb8e399fbb71de5510e0aef45affe',
    '0a332b91b8fab564e6afd1dd452449e04619b18accc0ff9aa8393cd4928451f2',
    '2336f0181d264aed6d8f3a6507ca14a8d3b3c3a23791ac263e845d208c1ee330',
    'b4ce56e300590500360c146c6452edbede25d4ed83919278749ee5dbe178e048',
    '933f6ddc848ea562e4f9c5cfb5f176941301dad0c6fdb9d1fbbe34fac1be6966',
    'b95a6222958a86f74c030be27c44f57dbe313e5e7c7f4ffb98bcbd3a03bb52f2',
    'daeeb3ce5923defd0faeb8e0c210b753b85b809445d7d3d3cd537a9aabaa9c45',
    '7fadd0a13e9138a2aa6c3fdec4e2275af233b94812784f66bcca9aa8e989f2bc',
    '1864e6ba3e32878610546539734fb5eeae2529991f130c575c73a7e25a2a7c56',
    '12842d1202b1dc6828a17ab253c02e7ce9409b5192430feba44189f39cc02d66',
    '29af64b16fa3053c13d02ac63aa75b23aa468506e44c3a2315edc85d2dc22b11',
    'b527b99934a0bd9edd154e449b0502e2c499bba783f3bc3dfe23364b6b532009',
    '4584db8ae8e351ace08e01f306378a92bfd43611714814f3d834a2842d69faa8',
    '86a9a41573b0d6e4292f01e93243d6cc65b30f06606fc6fa57390e7e90ed580f',
    'a88b98fbe84d4c6aae8db9d1605dfac059d9f03fe0fcb0d5dff1295dacba09e6',
    '06326dc617a6d1f7021dc536026dbfd5fffc6f7c5531d48ef6ccd1ed1569f2a1',
    'f41fe8fdc3a2e4e8345e30216e7ebecffee26ff266eeced208a6c2a3cf08f960',
    '40cf5bde8abb76983f3e98ba97aa36240402975674e120f234b3448911090f8d',
    'b3222dc8658538079883d980d7fdc2bef9285344ea34338968f736b04aeb387a',
  ],
} as const;

/**
 * Responses of Google's Argon 2020 CT log, base64 as served: get-sth (tree_size,
 * sha256_root_hash), get-entries for leaf 10000 (leaf_input), get-proof-by-hash (audit_path) and
 * get-sth-consistency?first=3654490 (consistency, against the old root the test supplies).
 * Source: github.com/golang/mod, sumdb/tlog/testdata/argon2020/{sth,entries,proof,consistency}.json
 * and the old root in sumdb/tlog/ct_test.go (TestCertificateTransparency). The leaf hash is
 * hashLeaf(leaf_input), as CT defines it. A tree of nearly 2^30 leaves with 30-element paths, from
 * an independent implementation, is the check that the verifiers agree with a real log at scale.
 */
export const ARGON_2020 = {
  size: 961984013,
  root: 'dwlueapdd7LaOEnX2W2Wp9v2XE+KzejHRQGHwEx0oaM=',
  index: 10000,
  leafInput:
    'AAAAAAFelPhqUwAAAAViMIIFXjCCBEagAwIBAgIRAOodHzZdqWIFzYyl/SovhCMwDQYJKoZIhvcNAQELBQAwgZAxCzAJBgNVBAYTAkdCMRswGQYDVQQIExJHcmVhdGVyIE1hbmNoZXN0ZXIxEDAOBgNVBAcTB1NhbGZvcmQxGjAYBgNVBAoTEUNPTU9ETyBDQSBMaW1pdGVkMTYwNAYDVQQDEy1DT01PRE8gUlNBIERvbWFpbiBWYWxpZGF0aW9uIFNlY3VyZSBTZXJ2ZXIgQ0EwHhcNMTcwMjE1MDAwMDAwWhcNMjAwNDE2MjM1OTU5WjBfMSEwHwYDVQQLExhEb21haW4gQ29udHJvbCBWYWxpZGF0ZWQxHTAbBgNVBAsTFFBvc2l0aXZlU1NMIFdpbGRjYXJkMRswGQYDVQQDDBIqLmxhbmRsb3Jkcy5jb20uYXUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCtPBKKHj4zdrGlCjgTHzb5gx9JCs97DwvBz60f14gDufF2haWbOxyJ0a3opAMsZnOr8HkARVCwxdqG/PTfACcb0QM7FOlzvxGqxataTYiChwvkkif8F9GlJw69HuHgzhusPf1Ytfk3ps1PRC14MkyrS4kwPrk/Le4XdkqRpRw62wG4V6IkbzsNMEOl1H8EgUbfyapdOcVxHjIzvBVy56fBRKG05Fr5wNq3Acak5kYZdNsLhhmlrqAfAjiombW3hb3V5blJdRC0BDdYHv2+zKey6LqJ1FDoXo6IzbzPpC+aifZy47YX+/N1U64Qn5xlDg7mOP8JXfkNJHbU1TJZHif5AgMBAAGjggHhMIIB3TAfBgNVHSMEGDAWgBSQr2o6lFoL2JDqElZz30O0Oija5zAdBgNVHQ4EFgQUNQSLjkoz01I+iuuoC5lgEp0anhcwDgYDVR0PAQH/BAQDAgWgMAwGA1UdEwEB/wQCMAAwHQYDVR0lBBYwFAYIKwYBBQUHAwEGCCsGAQUFBwMCME8GA1UdIARIMEYwOgYLKwYBBAGyMQECAgcwKzApBggrBgEFBQcCARYdaHR0cHM6Ly9zZWN1cmUuY29tb2RvLmNvbS9DUFMwCAYGZ4EMAQIBMFQGA1UdHwRNMEswSaBHoEWGQ2h0dHA6Ly9jcmwuY29tb2RvY2EuY29tL0NPTU9ET1JTQURvbWFpblZhbGlkYXRpb25TZWN1cmVTZXJ2ZXJDQS5jcmwwgYUGCCsGAQUFBwEBBHkwdzBPBggrBgEFBQcwAoZDaHR0cDovL2NydC5jb21vZG9jYS5jb20vQ09NT0RPUlNBRG9tYWluVmFsaWRhdGlvblNlY3VyZVNlcnZlckNBLmNydDAkBggrBgEFBQcwAYYYaHR0cDovL29jc3AuY29tb2RvY2EuY29tMC8GA1UdEQQoMCaCEioubGFuZGxvcmRzLmNvbS5hdYIQbGFuZGxvcmRzLmNvbS5hdTANBgkqhkiG9w0BAQsFAAOCAQEACyHqxUzrexToY7tOv4+kyGPP2D27P1tQpyzeAl1bPObiMhNK2b9vvBLDWAaqm8c0YL1h+DBdLoWzf3xFsIkTCVCjWJTNSNlcYtgRk6or1s7jWsfXzWqsnPjPPmTIOCw7EfH7Yme3oxPs3UUsmShAgPwNohAtL9GqlqMiKM6v1WU3NHt01jEoNP23LRa6KeNK6AH6WHJykzL223IlhgXjHTeuQj6lR+TNrQXJuhwTXYe+20rrpPQxc1Pn7AqnvfWgmicRQ7gdIcr4V6+ecTvLfNOaJ0ZYe5G5giuAAdTm7F57pk04f4gyZNYKrj88mvbkoriN8b6jcWExtrYO6bm2TwAA',
  auditPath: [
    'T46AmJsuOM/gFiGlUp+IJJebp+1Z5qratFNW7U0JyOQ=',
    '9Jj1Feodn42uRYEfffkV4HF/EIPFQ5Zo9IwkxbQ2uhk=',
    'D53/1oCNebF4J59HHgioovKZxrmrKcVuCVhy3Izg8Ck=',
    'wSFDgGSrsXRPA+1c8WHoAFCsWeUv8NDyP/Q/SgsyVyY=',
    '516/RcwsgdwdzHn18v1dJHqBkgFUbNhmCIWOGjsMJaE=',
    'naTFY2ajLFgrgs5XUl+zJYZnnlJksLGsA1VYwpLfqbY=',
    'mKBRJo6qao+0Kdh/rhGkZUbHUAxMhrtrclrTpIbNjIg=',
    'Co4ueOFE7lpifLio94irxxsv1wFMMaK3tPu2ZQkHlro=',
    'yRgy800K6JMYCC05sWfqF2kvCg2riT/pVM+nEa6V5+0=',
    'n2O38XJZC8/Wpbwi9HhgVizlUyeUHVZvYyQB1607MRc=',
    'go3tAjuNfNSCj87y2Rg1xOroDknGN1eaf3cgvzObf7Q=',
    '8D0Mj3/J7ySSnFb0afIHYXv6rlOhECnsebY6XKi1IR8=',
    '6rcez46ZU8M5vPiWVMAUfJfAOV0pPP/mch/lYzZhj/M=',
    '2rtIeXrPvSdUyHc5maIgSAVB2BzaKaupWxSAiVayDE4=',
    'nniW/IMFQPN5xw8UsHFn7CRStYbm1gLu7NNa6kkRqJQ=',
    'mRPPi7sQS22MduIEyvcNzCNFqIt6kLwYPkNKrVtIcu8=',
    'JvTivzESNS9wHI8aph5a7uieVmtS/p9PciMZ5D6GyOo=',
    'UTyQd+Ym0wY4zG+qK806bBORwi1CSVvFQ/KknnqoZj8=',
    'hXODrqN+ff+U6zPqRQ+ZQKs6im1fPcxIerDSfNwflhE=',
    'II6GE+WY/DrpZzfHztLwkR46o37zVkNLCyPYlf68zA0=',
    'd609kWWcNBllbA8Jb/ad4XAVVGnScLRmtP8FYyr+Dck=',
    'rikBsP0G0gioXRpBFED2CzQdSLrGPvRd0bEcbEZw1rI=',
    'GXIElfmnRuWfbA4z7ubV/UwlpSRUbUeec7oL5HDDnh0=',
    'pR0SH/NYP6s9+8azWwaeUXA4Ze/3WCIgMfh5YW6wvcE=',
    'f3GuAKYVrF8RBg3s15jvA/YvV9oAliWtzP/imwPhQVA=',
    'WHn8zDxlVgkV+lSlmzaOdfSBrTHoRr5nT3d76q0KKWE=',
    'f2uV2ZxVgULzLPKuZcowRY3ZY7fRlX59iDBjV1R8kNQ=',
    'NzQVjJsvQwbi7WStMr9oFkh9VbHfK7LB6o7WwAqwNTs=',
    'C0LttBeYHZHgL+032JIcJC3CTBIyza/hsbmJUgJfmDI=',
    'nixU5CWTFVDlF4BGdcU6kA7WSYurEpe9jRWc+F/7sOc=',
  ],
  oldSize: 3654490,
  oldRoot: 'AuIZ5V6sDUj1vn3Y1K85oOaQ7y+FJJKtyRTl1edIKBQ=',
  consistency: [
    '80Sfbj6UQEdVSZCSIgh9NMPj3vCBzcc1A48B2crJSWg=',
    'FZcrgAHUk6nNPviJZq8kEK6jCG1d18pJOFE45ZDc1TQ=',
    'Q67reWXmPBo1UfmwBap4Xi9PMPfFdUSSw3WGlRZdG7k=',
    'eJ7CyhR4PxzBxDIsWgrVYW1eFUb9ndgf46tFmiqVrxA=',
    'QrDwp062Grm5WY8KdrhFsBuuNjGzRox2Jb8PmVL5OYw=',
    'XM4YMjMEdLH/XJam/ZWyaP14k3cmsOtnPsOWQ54lW1s=',
    'SGiBh+jOTGccXU48ZzgQ88lRcBmtB4wz4oSDndv2QTg=',
    'WAS6txqNLYKGL1GdBdpqmV42TTfn6cJsuDsqLXuTCNI=',
    'QFmRS0rirUA7ZN3lxFjDncV+E1OCrn3NUB4RCp+5fzc=',
    'Hdbp7It2XBNZmNDBpCN/KPd7vfVqxgzwOosqVIaEA9E=',
    'mxvHL0ZiblBdD7j7pIa1jlfB0gSqfJ6oX0UGo7L0VsU=',
    'q5hjyvoW6TL/PThgcitpDcSTrnKX2p1+aqscqH2euRA=',
    'jTOWDqt3IHj2NVFeezyBz2ofpru+ztEywqKUAfFclKI=',
    'GIRn0w3HqJdvU9j1WVD//eR6lk2AaTVjyzjsJNP8U88=',
    'x52GJvxG81fnQBrgOTbll1A5tz95/LXK0Ag1NhB0r1I=',
    '6/0OqrcTgc3o5dD5PymmoC96lB9yLPFuTHVvLy8fSGk=',
    'Gf+iKLfcXO5l4JEFmsZvSdG5q1uEeWPfYLrds6pmjz0=',
    'DGuaco+McyM3AfRSF6qX7RwSetwe2ieYJmxw5e9rVx0=',
    '2tQJ9V32hnYp+fdpP6TcjmgJmLeNVOMKM0Ml1kk4cNU=',
    '3PapK+IkyJr8I9yAErAmzuZezzLMzsg+PfeRCgNW8NQ=',
    's6xiYeejb+wtqHA+URJZ2I/SCPyIW8coP6aB00FJbMY=',
    'z9lSpmdTcr5M5ZzKlc4EPh3SrSypKFdk6JUF/UccaZU=',
    'GXIElfmnRuWfbA4z7ubV/UwlpSRUbUeec7oL5HDDnh0=',
    'pR0SH/NYP6s9+8azWwaeUXA4Ze/3WCIgMfh5YW6wvcE=',
    'f3GuAKYVrF8RBg3s15jvA/YvV9oAliWtzP/imwPhQVA=',
    'WHn8zDxlVgkV+lSlmzaOdfSBrTHoRr5nT3d76q0KKWE=',
    'f2uV2ZxVgULzLPKuZcowRY3ZY7fRlX59iDBjV1R8kNQ=',
    'NzQVjJsvQwbi7WStMr9oFkh9VbHfK7LB6o7WwAqwNTs=',
    'C0LttBeYHZHgL+032JIcJC3CTBIyza/hsbmJUgJfmDI=',
    'nixU5CWTFVDlF4BGdcU6kA7WSYurEpe9jRWc+F/7sOc=',
  ],
} as const;
