// options: stirct
class BadOption {
}
