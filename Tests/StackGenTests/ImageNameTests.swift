import Testing

@testable import StackGen

/// Image repositories and tags as registries accept them.
@Suite("Image names")
struct ImageNameTests {
    @Test("repositories: lowercase path components, an optional registry host with a port")
    func repositories() {
        for valid in ["nginx", "ghcr.io/acme/api", "localhost/a", "localhost:5000/a/b", "registry.example.com:443/team/app-1",
                      "a__b", "a.b-c/d_e", "Registry.Example.com/x", "0/1"] {
            #expect(ImageRules.isValidRepository(valid), "\(valid)")
        }
        for invalid in ["", "API", "acme/API", "acme/-api", "acme/api-", "acme/.api", "host:0/a", "host:65536/a", "host:x/a",
                        "ex_ample.com/a", "héllo", "acme/é", "a//b", "ghcr.io/", "a/b\r\n", String(repeating: "a", count: 256)] {
            #expect(!ImageRules.isValidRepository(invalid), "\(invalid)")
        }
        #expect(ImageRules.isValidRepository(String(repeating: "a", count: 255)))
    }

    @Test("tags: letters, digits, `_`, `.` and `-`, not starting with `.` or `-`, at most 128")
    func tags() {
        for valid in ["1.0", "v1_2-3", "A", "_x", String(repeating: "a", count: 128)] {
            #expect(ImageRules.isValidTag(valid), "\(valid)")
        }
        for invalid in ["", ".x", "-x", "a b", "ü", "a:b", "a\r\n", String(repeating: "a", count: 129)] {
            #expect(!ImageRules.isValidTag(invalid), "\(invalid)")
        }
    }
}
