// The archive readers (io/archive.h) over archives built in the test: WARC
// and .warc.gz by hand and with zlib, tar.gz and zip with libarchive; then
// damage (a corrupt middle gzip member, truncation) and decompression bombs.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "io/archive.h"
#include "io/archive_support.h"

using namespace solieu;
using namespace solieu::test;

namespace {

// "M name" for a member, "E where: message" for an error.
struct Read {
  std::vector<std::string> briefs;
  std::vector<ArchiveMember> members;
  std::vector<Error> errors;
  ArchiveCounts counts;
};

Read read_archive(const std::string& bytes, const std::string& name, ArchiveLimits limits = {}) {
  Read r;
  auto reader = open_archive_memory(bytes, name, limits);
  ArchiveItem item;
  int guard = 0;
  while (reader->next(item) && ++guard < 1000) {
    if (item.member) {
      r.briefs.push_back("M " + item.member->name);
      r.members.push_back(*item.member);
    } else {
      r.briefs.push_back("E " + item.error->where.file);
      r.errors.push_back(*item.error);
    }
    item = ArchiveItem{};
  }
  r.counts = reader->counts();
  return r;
}

const std::string kPage1 = "<html><head><title>Một</title></head><body><p>Làm 5 km đường.</p></body></html>";
const std::string kPage2 = "<html><body><p>Hai 12 hộ.</p></body></html>";
const std::string kPage3 = "<html><body><p>Ba 7 tỷ đồng.</p></body></html>";

std::vector<std::string> sample_records() {
  return {
      warc_record("warcinfo", "", "software: test\r\n", "2024-03-05T08:00:00Z", "application/warc-fields"),
      warc_record("request", "https://a.vn/1", "GET /1 HTTP/1.1\r\nHost: a.vn\r\n\r\n", "2024-03-05T08:00:00Z",
                  "application/http; msgtype=request"),
      warc_record("response", "https://a.vn/1", http_response("text/html; charset=UTF-8", kPage1),
                  "2024-03-05T08:00:01Z"),
      warc_record("metadata", "https://a.vn/1", "outlinks: x\r\n", "2024-03-05T08:00:01Z",
                  "application/warc-fields"),
      warc_record("response", "https://a.vn/logo.png", http_response("image/png", "\x89PNG....")),
      warc_record("response", "https://a.vn/gone", http_response("text/html", "<html>gone</html>", 404)),
      warc_record("response", "https://a.vn/2",
                  http_response("text/html; charset=\"windows-1258\"", kPage2), "2024-03-06T09:00:00Z"),
      warc_record("response", "https://a.vn/3",
                  http_response("text/html", "1a\r\n" + kPage3.substr(0, 26) + "\r\n" +
                                                 [] {
                                                   char b[16];
                                                   std::snprintf(b, sizeof b, "%zx", kPage3.size() - 26);
                                                   return std::string(b);
                                                 }() + "\r\n" + kPage3.substr(26) + "\r\n0\r\n\r\n",
                                200, "Transfer-Encoding: chunked\r\n")),
  };
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += p;
  return out;
}

std::string gzip_each(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += gzip(p);
  return out;
}

const std::vector<std::string> kSampleBriefs = {"M https://a.vn/1", "M https://a.vn/2", "M https://a.vn/3"};

}  // namespace

TEST_CASE("archive_kind: by the name's ending", "[io][archive]") {
  const std::vector<std::pair<std::string, ArchiveKind>> cases = {
      {"a.tar", ArchiveKind::kTar},       {"a.tar.gz", ArchiveKind::kTar},  {"A.TGZ", ArchiveKind::kTar},
      {"a.tar.xz", ArchiveKind::kTar},    {"a.zip", ArchiveKind::kZip},     {"a.warc", ArchiveKind::kWarc},
      {"site.WARC.GZ", ArchiveKind::kWarc}, {"a.gz", ArchiveKind::kNone}, {"a.txt", ArchiveKind::kNone},
      {"warc", ArchiveKind::kNone},
  };
  for (const auto& [name, kind] : cases) {
    INFO(name);
    CHECK(archive_kind(name) == kind);
  }
}

TEST_CASE("WARC: HTML responses become members; other records are counted", "[io][archive][warc]") {
  for (const bool gz : {false, true}) {
    SECTION(gz ? "warc.gz, a gzip member per record" : "plain warc") {
      const std::string name = gz ? "site.warc.gz" : "site.warc";
      Read r = read_archive(gz ? gzip_each(sample_records()) : join(sample_records()), name);
      CHECK(r.briefs == kSampleBriefs);
      REQUIRE(r.members.size() == 3);
      CHECK(r.members[0].bytes == kPage1);
      CHECK(r.members[0].url == "https://a.vn/1");
      CHECK(r.members[0].http_charset == "utf-8");
      CHECK(r.members[0].date == "2024-03-05T08:00:01Z");
      CHECK(r.members[0].is_html);
      CHECK(r.members[1].http_charset == "windows-1258");
      CHECK(r.members[2].bytes == kPage3);  // chunked transfer coding removed
      CHECK(r.counts.skipped == std::map<std::string, size_t>{{"warcinfo", 1},
                                                              {"request", 1},
                                                              {"metadata", 1},
                                                              {"non-HTML response", 1},
                                                              {"HTTP status not 2xx", 1}});
      CHECK(r.counts.members == 3);
      CHECK(r.counts.failed == 0);
    }
  }
  SECTION("one gzip stream for the whole file") {
    Read r = read_archive(gzip(join(sample_records())), "site.warc.gz");
    CHECK(r.briefs == kSampleBriefs);
  }
}

TEST_CASE("WARC: Content-Encoding gzip bodies are inflated", "[io][archive][warc]") {
  const std::string rec =
      warc_record("response", "https://a.vn/z", http_response("text/html", gzip(kPage1), 200, "Content-Encoding: gzip\r\n"));
  Read r = read_archive(gzip(rec), "z.warc.gz");
  REQUIRE(r.members.size() == 1);
  CHECK(r.members[0].bytes == kPage1);
}

TEST_CASE("WARC: damage is named, and the records before and after are read", "[io][archive][warc]") {
  const std::vector<std::string> recs = {
      warc_record("response", "https://a.vn/1", http_response("text/html", kPage1)),
      warc_record("response", "https://a.vn/2", http_response("text/html", kPage2)),
      warc_record("response", "https://a.vn/3", http_response("text/html", kPage3)),
  };
  const std::string m1 = gzip(recs[0]), m2 = gzip(recs[1]), m3 = gzip(recs[2]);

  SECTION("a corrupt middle gzip member") {
    std::string bad = m2;
    for (size_t i = 12; i < bad.size() - 10; i += 7) bad[i] = static_cast<char>(bad[i] ^ 0x5a);
    Read r = read_archive(m1 + bad + m3, "site.warc.gz");
    REQUIRE(r.briefs.size() == 3);
    CHECK(r.briefs[0] == "M https://a.vn/1");
    CHECK(r.briefs[1].starts_with("E site.warc.gz"));
    CHECK_THAT(r.errors.at(0).message, Catch::Contains("gzip member 2"));
    CHECK(r.briefs[2] == "M https://a.vn/3");
    CHECK(r.counts.failed == 1);
  }
  SECTION("a bad checksum in the middle member") {
    std::string bad = m2;
    bad[bad.size() - 6] = static_cast<char>(bad[bad.size() - 6] ^ 1);  // in the CRC-32 trailer
    Read r = read_archive(m1 + bad + m3, "site.warc.gz");
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::Contains("gzip member 2"));
    CHECK(r.errors[0].where.file == "site.warc.gz#https://a.vn/2");
    CHECK(r.briefs.front() == "M https://a.vn/1");
    CHECK(r.briefs.back() == "M https://a.vn/3");
  }
  SECTION("garbage between members") {
    Read r = read_archive(m1 + "junk\x1f\x8b" + m2 + m3, "site.warc.gz");
    CHECK(r.members.size() == 3);
    CHECK(r.errors.size() == 1);
  }
  SECTION("truncated inside the last member") {
    Read r = read_archive(m1 + m2 + m3.substr(0, m3.size() / 2), "site.warc.gz");
    CHECK(r.briefs.size() == 3);
    CHECK(r.members.size() == 2);
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::Contains("truncated"));
    CHECK_THAT(r.errors[0].message, Catch::Contains("gzip member 3"));
  }
  SECTION("a plain WARC cut inside a record") {
    const std::string all = join(recs);
    Read r = read_archive(all.substr(0, all.size() - 20), "site.warc");
    CHECK(r.members.size() == 2);
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::Contains("truncated: WARC record 3"));
    CHECK(r.errors[0].where.file == "site.warc#https://a.vn/3");
  }
  SECTION("a record that is not WARC in a plain file") {
    Read r = read_archive(recs[0] + "HELLO\r\n\r\n" + recs[1], "site.warc");
    CHECK(r.members.size() == 2);
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::Contains("not a WARC record"));
  }
}

TEST_CASE("archives: decompression bombs and oversize members are skipped with a named error",
          "[io][archive][bomb]") {
  const std::string zeros(20u << 20, '\0');  // 20 MiB: ~20 KB compressed, 1000:1
  const std::string html_zeros = "<html><body>" + std::string(20u << 20, ' ') + "</body></html>";
  const std::string next = warc_record("response", "https://a.vn/ok", http_response("text/html", kPage1));

  SECTION("warc.gz member") {
    const std::string bomb = warc_record("response", "https://a.vn/bomb", http_response("text/html", html_zeros));
    Read r = read_archive(gzip(bomb) + gzip(next), "b.warc.gz");
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::Contains("decompression bomb"));
    CHECK(r.errors[0].where.file.starts_with("b.warc.gz"));
    CHECK(r.briefs.back() == "M https://a.vn/ok");
  }
  SECTION("tar.gz member") {
    Read r = read_archive(make_archive("tar.gz", {{"a.txt", "một"}, {"bomb.txt", zeros}, {"c.txt", "ba"}}), "x.tar.gz");
    CHECK(r.briefs == std::vector<std::string>{"M a.txt", "E x.tar.gz#bomb.txt", "M c.txt"});
    CHECK_THAT(r.errors.at(0).message, Catch::Contains("decompression bomb"));
  }
  SECTION("zip member") {
    Read r = read_archive(make_archive("zip", {{"a.txt", "một"}, {"bomb.txt", zeros}, {"c.txt", "ba"}}), "x.zip");
    CHECK(r.briefs == std::vector<std::string>{"M a.txt", "E x.zip#bomb.txt", "M c.txt"});
    CHECK_THAT(r.errors.at(0).message, Catch::Contains("decompression bomb"));
  }
  SECTION("a member past the size limit, whatever its ratio") {
    ArchiveLimits small;
    small.max_member_bytes = 1u << 20;
    std::string noise(2u << 20, 'x');
    uint32_t state = 1;
    for (char& c : noise) c = static_cast<char>('a' + ((state = state * 1103515245u + 12345u) >> 16) % 26);
    Read tar = read_archive(make_archive("tar", {{"big.txt", noise}, {"c.txt", "ba"}}), "x.tar", small);
    CHECK(tar.briefs == std::vector<std::string>{"E x.tar#big.txt", "M c.txt"});
    CHECK_THAT(tar.errors.at(0).message, Catch::Contains("size limit"));
    Read warc = read_archive(
        gzip(warc_record("response", "https://a.vn/big", http_response("text/html", noise))) + gzip(next),
        "b.warc.gz", small);
    CHECK(warc.briefs == std::vector<std::string>{"E b.warc.gz#https://a.vn/big", "M https://a.vn/ok"});
  }
}

TEST_CASE("tar and zip: regular members in order, hidden ones passed over", "[io][archive]") {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"a.txt", "một"}, {".hidden.txt", "x"}, {"d/b.html", kPage1}, {"__MACOSX/d/._b.html", "x"}, {"d/c.jsonl", "{}"}};
  for (const std::string format : {"tar", "tar.gz", "zip"}) {
    SECTION(format) {
      Read r = read_archive(make_archive(format, files), "x." + format);
      CHECK(r.briefs == std::vector<std::string>{"M a.txt", "M d/b.html", "M d/c.jsonl"});
      REQUIRE(r.members.size() == 3);
      CHECK(r.members[1].bytes == kPage1);
    }
  }
}

TEST_CASE("tar and zip: damage", "[io][archive]") {
  SECTION("a truncated tar.gz names the archive; the members before it are read") {
    std::string noise(300000, 'x');
    uint32_t state = 7;
    for (char& c : noise) c = static_cast<char>('a' + ((state = state * 1103515245u + 12345u) >> 16) % 26);
    const std::string tgz = make_archive("tar.gz", {{"a.txt", "một"}, {"b.txt", noise}, {"c.txt", "ba"}});
    Read r = read_archive(tgz.substr(0, tgz.size() / 2), "x.tar.gz");
    REQUIRE_FALSE(r.briefs.empty());
    CHECK(r.briefs.front() == "M a.txt");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where.file.starts_with("x.tar.gz"));
  }
  SECTION("a corrupt zip member is named and the next member is read") {
    std::string noise(50000, 'x');
    uint32_t state = 3;
    for (char& c : noise) c = static_cast<char>('a' + ((state = state * 1103515245u + 12345u) >> 16) % 4);
    std::string zip = make_archive("zip", {{"a.txt", "một"}, {"b.txt", noise}, {"c.txt", "ba"}});
    size_t at = zip.find("b.txt");
    REQUIRE(at != std::string::npos);
    for (size_t i = at + 40; i < at + 400; i += 3) zip[i] = static_cast<char>(zip[i] ^ 0x33);
    Read r = read_archive(zip, "x.zip");
    CHECK(r.briefs == std::vector<std::string>{"M a.txt", "E x.zip#b.txt", "M c.txt"});
  }
  SECTION("bytes that are no archive") {
    Read r = read_archive("this is not an archive at all", "x.zip");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where.file == "x.zip");
    CHECK(r.members.empty());
  }
}
