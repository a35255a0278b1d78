-- wrk script: walks the cursor pages of GET /v1/ats/candidates?page_size=250 (each wrk thread follows "next" from
-- the last answer it got, and starts over after the last page), instead of hitting the first page only.
local first = "/v1/ats/candidates?page_size=250"
local path = first

request = function()
  return wrk.format("GET", path)
end

response = function(status, headers, body)
  local cursor = body:match('"next"%s*:%s*"([^"]+)"')
  if cursor then
    path = first .. "&cursor=" .. cursor
  else
    path = first
  end
end
