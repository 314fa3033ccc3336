// SecureBytes: key material in locked, guarded memory that is wiped when released.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace orec {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const void* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    // Copies the UTF-8 bytes of a passphrase; the caller should clear its QString afterwards.
    static SecureBytes fromUtf8(const QString& text);

    SecureBytes clone() const { return SecureBytes(data(), size()); }

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // Lower-case hex in secure memory (for SQLCipher's x'...' raw key form).
    SecureBytes toHex() const;
    bool equals(const SecureBytes& other) const; // constant time for equal sizes
    void clear();                                // wipe and release now

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites the characters of a QString (e.g. a passphrase read from a widget) and empties it.
// The buffer is wiped in place, so every copy that shares it (Qt's implicit sharing) is wiped too:
// that is the point, the original is what must not survive.
void wipeString(QString& text);
void wipeBytes(QByteArray& bytes);
// A copy with a buffer of its own: for a secret that must be wiped while the text it came from (a
// field still on screen) stays as it is.
QString ownedCopy(const QString& text);

} // namespace orec
