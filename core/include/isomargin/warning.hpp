// A report's warnings: allowed inputs worth a look. Most say the same thing every time and are
// kept as static text, so that the common path of evaluate() allocates nothing (issue 14); the
// ones that name the position's numbers build their text.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace isomargin {

class Warning {
 public:
  Warning() = default;
  Warning(const char* field, const char* fixed) : field_(field), fixed_(fixed) {}
  Warning(const char* field, std::string built) : field_(field), built_(std::move(built)) {}
  const char* field() const { return field_; }
  std::string_view message() const { return fixed_ ? std::string_view(fixed_) : std::string_view(built_); }

 private:
  const char* field_ = "";
  const char* fixed_ = nullptr;
  std::string built_;
};

// Held in place, no heap. The core's producers give at most six; a ninth would be dropped and
// counted rather than allocated or written past the end.
class Warnings {
 public:
  static constexpr std::size_t kCapacity = 8;
  void push_back(Warning w) {
    if (n_ < kCapacity) items_[n_++] = std::move(w);
    else ++dropped_;
  }
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  std::size_t dropped() const { return dropped_; }
  const Warning* begin() const { return items_.data(); }
  const Warning* end() const { return items_.data() + n_; }

 private:
  std::array<Warning, kCapacity> items_;
  std::size_t n_ = 0;
  std::size_t dropped_ = 0;
};

}  // namespace isomargin
