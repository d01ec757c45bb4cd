-- wrk script: GET /v1/authorize with valid keys spread over the inventory.
-- The keys come from the file named by the TOKENS environment variable.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
    tokens[#tokens + 1] = line
end
local next = math.random(#tokens)

request = function()
    next = next % #tokens + 1
    return wrk.format("GET", "/v1/authorize", {
        ["Authorization"] = "Bearer " .. tokens[next],
        ["X-Keyward-Scope"] = "documents:read",
    })
end
