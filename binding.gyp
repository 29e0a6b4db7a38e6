{
  # libxml2_static_dir: empty (the default) builds against the system libxml2
  # found by pkg-config or xml2-config (native/libxml2-config.js), as every
  # source build does. Set to the prefix made by scripts/build-libxml2.sh, the
  # addon links that libxml2.a into itself (and libstdc++ too), which is how
  # scripts/prebuild.sh makes the published prebuilt binaries. Set it with
  # OVIRT_SDK_LIBXML2_STATIC_DIR=<prefix> or node-gyp ... --libxml2_static_dir=<prefix>.
  # static_libstdcxx (only with libxml2_static_dir): link libstdc++ in too, so
  # the addon needs no newer libstdc++ than the user's; OVIRT_SDK_STATIC_LIBSTDCXX=0
  # turns it off for toolchains that solve that themselves (Dockerfile.build's
  # gcc-toolset links only the parts the old system libstdc++ lacks).
  "variables": {
    "libxml2_static_dir%": "<!(node -p \"process.env.OVIRT_SDK_LIBXML2_STATIC_DIR || ''\")",
    "static_libstdcxx%": "<!(node -p \"process.env.OVIRT_SDK_STATIC_LIBSTDCXX === '0' ? 'false' : 'true'\")"
  },
  "targets": [
    {
      "target_name": "ovirt_xml",
      "sources": [
        "native/addon.cc",
        "native/xml_reader.cc",
        "native/xml_writer.cc"
      ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")"
      ],
      "conditions": [
        ["libxml2_static_dir==''", {
          "include_dirs": [
            "<!@(node native/libxml2-config.js --cflags)"
          ],
          "libraries": [
            "<!@(node native/libxml2-config.js --libs)"
          ]
        }, {
          "include_dirs": [
            "<!(node native/libxml2-config.js --static-cflags \"<(libxml2_static_dir)\")"
          ],
          "libraries": [
            "<!(node native/libxml2-config.js --static-libs \"<(libxml2_static_dir)\")",
            "-lm"
          ],
          "cflags": ["-ffunction-sections", "-fdata-sections"],
          "ldflags": [
            # keep libxml2's and libstdc++'s symbols out of the addon's dynamic
            # symbol table, so they never clash with another copy in the process
            "-Wl,--exclude-libs,ALL",
            "-Wl,--gc-sections"
          ],
          "conditions": [
            ["static_libstdcxx=='true'", { "ldflags": ["-static-libstdc++"] }]
          ]
        }]
      ],
      "defines": [
        "NAPI_VERSION=8",
        "NODE_ADDON_API_DISABLE_DEPRECATED",
        "NAPI_DISABLE_CPP_EXCEPTIONS"
      ],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17"],
      "cflags_cc": ["-std=c++17", "-O3", "-fvisibility=hidden", "-Wall", "-Wextra", "-Wno-unused-parameter"],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "OTHER_CPLUSPLUSFLAGS": ["-O3"]
      }
    }
  ]
}
