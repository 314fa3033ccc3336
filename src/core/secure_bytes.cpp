#include "core/secure_bytes.h"

#include "core/crypto.h"

#include <cstring>
#include <new>
#include <sodium.h>
#include <utility>

namespace orec {

SecureBytes::SecureBytes(std::size_t size)
{
    crypto::ensureInitialised();
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(const void* data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (size)
        randombytes_buf(out.data(), size);
    return out;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipeBytes(utf8);
    return out;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes out(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(out.data()), out.size(), m_data, m_size);
    // Drop the terminating NUL from the logical size but keep it allocated.
    out.m_size = m_size * 2;
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // wipes before releasing
        m_data = nullptr;
    }
    m_size = 0;
}

// Wipes the buffer the string points to, in place. A QString shares its buffer with its copies:
// detaching first (as data() does) would copy the secret and wipe only the copy, leaving the
// original intact wherever it came from. Literal and raw data (no allocated block) are read-only
// and hold no secret typed by anyone, so they are only dropped.
void wipeString(QString& text)
{
    if (!text.isEmpty() && text.data_ptr().d_ptr() != nullptr)
        sodium_memzero(const_cast<QChar*>(text.constData()),
                       static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

QString ownedCopy(const QString& text)
{
    return QString(text.constData(), text.size());
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.data_ptr().d_ptr() != nullptr)
        sodium_memzero(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace orec
